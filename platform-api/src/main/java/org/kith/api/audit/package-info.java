/** What Kith's modules send to the audit log, and the receipt they get back. */
package org.kith.api.audit;
