/** Offline measurement of detection, alignment and embedding candidates on labelled face pairs. */
package org.kith.recognition.evaluation;
