/**
 * Files the gallery keeps (consent evidence, thumbnails), passed to the browser with the user's
 * token, never cached.
 */
package org.kith.web.files;
