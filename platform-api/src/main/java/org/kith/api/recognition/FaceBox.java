package org.kith.api.recognition;

/** An axis-aligned box in image pixels: top-left corner and size. */
public record FaceBox(double x, double y, double width, double height) {}
