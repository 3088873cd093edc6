/** Kith's browser interface for clinicians, clinic administrators and ethics reviewers. */
package org.kith.web;
