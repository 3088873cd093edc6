/** Tools run by hand against data sets: threshold calibration and matching benchmarks. */
package org.kith.gallery.tools;
