package org.kith.recognition.detection;

/**
 * The 896 anchor centres of BlazeFace's back (full-range) model on its 256-pixel input, in output
 * order: stride 16 (16 × 16 cells, 2 anchors each), then stride 32 (8 × 8 cells, 6 each). Anchors
 * have a fixed size, so the regressed width and height are already in input pixels.
 */
public final class BlazeFaceAnchors {
  public static final int INPUT = 256;
  public static final int FINE = 512;
  public static final int COUNT = 896;

  private static final double[][] CENTRES = build();

  private BlazeFaceAnchors() {}

  private static double[][] build() {
    double[][] centres = new double[COUNT][];
    int i = 0;
    for (int[] layer : new int[][] {{16, 2}, {8, 6}}) {
      int grid = layer[0];
      double stride = INPUT / (double) grid;
      for (int cy = 0; cy < grid; cy++) {
        for (int cx = 0; cx < grid; cx++) {
          for (int k = 0; k < layer[1]; k++) {
            centres[i++] = new double[] {(cx + 0.5) * stride, (cy + 0.5) * stride};
          }
        }
      }
    }
    return centres;
  }

  /** Centre {x, y} of anchor {@code index} in input pixels. */
  public static double[] centre(int index) {
    return CENTRES[index];
  }
}
