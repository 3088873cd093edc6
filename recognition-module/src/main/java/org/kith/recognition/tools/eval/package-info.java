/**
 * The evaluation tool behind {@code kith recognize eval}: runs a {@code FaceRecognition} over a
 * labelled data set and reports the papers' verification, identification, separation and robustness
 * metrics as HTML, JSON and text.
 */
package org.kith.recognition.tools.eval;
