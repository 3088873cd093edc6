/** Face alignment: ArcFace-template warps and dlib face chips for the embedders, and CLAHE. */
package org.kith.recognition.alignment;
