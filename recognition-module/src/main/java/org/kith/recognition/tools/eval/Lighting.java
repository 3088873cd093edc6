package org.kith.recognition.tools.eval;

/**
 * The illumination conditions the robustness section compares: the original image, a darkened copy
 * (every channel × 0.4, a low-light exposure) and a brightened copy (gamma 0.4, v′ = 255 ·
 * (v/255)^0.4, an over-exposure that lifts shadows and mid-tones without clipping), after paper
 * 004's gamma-based low-light and over-exposure sets.
 */
public enum Lighting {
  ORIGINAL("original"),
  DARKENED("darkened ×0.4"),
  BRIGHTENED("brightened γ 0.4");

  private final String label;

  Lighting(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The 8-bit value a channel value {@code v} becomes under this condition. */
  public int apply(int v) {
    return switch (this) {
      case ORIGINAL -> v;
      case DARKENED -> (int) Math.round(v * 0.4);
      case BRIGHTENED -> (int) Math.round(255 * Math.pow(v / 255.0, 0.4));
    };
  }
}
