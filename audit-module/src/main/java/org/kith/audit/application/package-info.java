/** Reading a clinic's audit log; always scoped to the reviewer's clinic. */
package org.kith.audit.application;
