/** Audit events, immutable once written, and the repository contract they are stored through. */
package org.kith.audit.domain;
