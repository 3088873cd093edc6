/**
 * The backing beans of the UI's pages: they call the gallery and audit APIs and shape the answers.
 */
package org.kith.web.pages;
