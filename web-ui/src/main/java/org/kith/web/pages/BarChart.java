package org.kith.web.pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart laid out for inline SVG: one row per label, bar lengths scaled to the
 * largest value. Pages draw it with plain SVG elements, so it needs no script and reads as text.
 */
public final class BarChart implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Pixels: the label column, the longest bar, one row. */
  static final int LABEL_WIDTH = 150;

  static final int BAR_WIDTH = 300;
  static final int ROW_HEIGHT = 24;

  private final String title;
  private final List<Bar> bars;

  /** One row: its label, the value as text, and where its bar lies. */
  public record Bar(String label, String value, int y, int length) implements Serializable {}

  private BarChart(String title, List<Bar> bars) {
    this.title = title;
    this.bars = bars;
  }

  /** Lays out {@code values} (same order as {@code labels}); {@code format} renders each value. */
  static BarChart of(String title, List<String> labels, List<Double> values, String format) {
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      double v = values.get(i);
      int length = max <= 0 ? 0 : (int) Math.round(v / max * BAR_WIDTH);
      bars.add(
          new Bar(labels.get(i), String.format(Locale.ROOT, format, v), i * ROW_HEIGHT, length));
    }
    return new BarChart(title, List.copyOf(bars));
  }

  public String getTitle() {
    return title;
  }

  public List<Bar> getBars() {
    return bars;
  }

  public boolean isNoData() {
    return bars.isEmpty();
  }

  public int getHeight() {
    return Math.max(ROW_HEIGHT, bars.size() * ROW_HEIGHT);
  }

  public int getWidth() {
    return LABEL_WIDTH + BAR_WIDTH + 80;
  }

  public int getLabelWidth() {
    return LABEL_WIDTH;
  }
}
