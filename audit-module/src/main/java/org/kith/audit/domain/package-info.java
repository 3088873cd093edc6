/**
 * Audit records, their canonical form and hash chain, and the store contract they are kept through.
 */
package org.kith.audit.domain;
