/** What the pages know about the logged-in person. */
package org.kith.web.session;
