/** Tenant identifiers: every stored row and every query is scoped to one clinic. */
package org.kith.api.tenancy;
