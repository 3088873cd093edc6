package org.kith.gallery.tools;

import org.kith.gallery.domain.matching.ProbeContext;

/**
 * One analysed image of a calibration set: who it shows (null for a stranger), its embedding and
 * the context thresholds adapt to.
 */
public record Sample(String file, String identity, float[] embedding, ProbeContext context) {}
