/**
 * What the recognition module offers the others: analyse an image into faces (box, landmarks,
 * regions, pose, quality, embedding) and the error codes an image can be refused with. Embeddings
 * are biometric data; only Kith's own modules may ask for them.
 */
package org.kith.api.recognition;
