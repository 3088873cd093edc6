/** Face detection with MediaPipe BlazeFace: anchors, box decoding and weighted NMS. */
package org.kith.recognition.detection;
