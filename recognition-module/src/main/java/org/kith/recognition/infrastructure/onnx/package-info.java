/** ONNX Runtime: the environment, execution-provider choice and long-lived sessions. */
package org.kith.recognition.infrastructure.onnx;
