/** Per-face context and quality: illumination, sharpness, size, occlusion, liveness, one score. */
package org.kith.recognition.quality;
