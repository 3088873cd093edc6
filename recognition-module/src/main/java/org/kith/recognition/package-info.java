/** Kith's recognition engine: stateless face analysis on ONNX Runtime. */
package org.kith.recognition;
