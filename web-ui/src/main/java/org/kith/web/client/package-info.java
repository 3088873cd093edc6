/** Calls to the gallery's and the audit's REST APIs with the logged-in user's access token. */
package org.kith.web.client;
