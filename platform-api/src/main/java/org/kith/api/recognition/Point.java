package org.kith.api.recognition;

/** A landmark in image pixels; {@code z} is the mesh's relative depth (0 where there is none). */
public record Point(double x, double y, double z) {
  public Point(double x, double y) {
    this(x, y, 0);
  }
}
