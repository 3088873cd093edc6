/** The audit log: what Kith decided and who changed what, kept for ethics review. */
package org.kith.audit;
