/** What the browser sees when something fails: plain messages and pages, never a stack trace. */
package org.kith.web.errors;
