/** Safe image decoding: limits checked before decoding, EXIF orientation, one RGB raster format. */
package org.kith.recognition.image;
