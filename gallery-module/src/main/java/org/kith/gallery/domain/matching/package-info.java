/** Open-set matching of a probe embedding against one patient's templates, and its thresholds. */
package org.kith.gallery.domain.matching;
