/** The only code Kith's separately deployable modules share: contracts, never implementations. */
package org.kith.api;
