/**
 * Kith's API contract: the build turns each module's OpenAPI annotations into its document (the
 * SmallRye OpenAPI Maven plugin with {@link org.kith.api.openapi.ContractFilter}), and each module
 * serves that document at its own {@code /openapi}.
 */
package org.kith.api.openapi;
