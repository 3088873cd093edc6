/** Kith's error model: stable codes with an HTTP status, rendered as RFC 9457 problem details. */
package org.kith.api.problem;
