package org.kith.gallery.application;

/** One uploaded image and the file name it came with (shown back, never stored). */
public record UploadedImage(String fileName, byte[] bytes) {}
