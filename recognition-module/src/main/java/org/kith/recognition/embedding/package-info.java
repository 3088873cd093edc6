/** Face embeddings from any manifest-described ONNX model, L2-normalised and tagged. */
package org.kith.recognition.embedding;
