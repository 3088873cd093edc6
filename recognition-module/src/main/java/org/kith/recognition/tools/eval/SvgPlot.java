package org.kith.recognition.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small, self-contained SVG chart: line series or bar histograms over linear, log₁₀ or
 * normal-deviate (probit, for DET curves) axes. Points outside an axis range are clamped to its
 * edge, so rates of 0 still show on log and probit axes.
 */
public final class SvgPlot {

  /** How an axis maps values to [0, 1]. */
  public enum Scale {
    LINEAR,
    LOG10,
    PROBIT
  }

  /** An axis: range, scale, label and tick values. */
  public record Axis(String label, double min, double max, Scale scale, double[] ticks) {
    /** The value's position along the axis in [0, 1], clamped. */
    public double position(double value) {
      double p = (transform(value) - transform(min)) / (transform(max) - transform(min));
      return Double.isNaN(p) ? 0 : Math.max(0, Math.min(1, p));
    }

    private double transform(double v) {
      return switch (scale) {
        case LINEAR -> v;
        case LOG10 -> Math.log10(Math.max(v, min));
        case PROBIT -> Probit.of(Math.max(min, Math.min(max, v)));
      };
    }
  }

  /** One line (or, for a histogram, bars) with its colour and legend label. */
  public record Series(String label, String colour, double[] x, double[] y) {}

  static final int WIDTH = 480;
  static final int HEIGHT = 360;
  private static final int LEFT = 60;
  private static final int RIGHT = 20;
  private static final int TOP = 30;
  private static final int BOTTOM = 50;

  private SvgPlot() {}

  /** A line chart. */
  public static String lines(String title, Axis x, Axis y, List<Series> series) {
    StringBuilder svg = frame(title, x, y);
    for (Series s : series) {
      svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
          .append(s.colour())
          .append("\" points=\"");
      for (int k = 0; k < s.x().length; k++) {
        svg.append(num(px(x, s.x()[k]))).append(',').append(num(py(y, s.y()[k]))).append(' ');
      }
      svg.append("\"><title>").append(escape(s.label())).append("</title></polyline>\n");
    }
    return legend(svg, series).append("</svg>\n").toString();
  }

  /**
   * Overlaid histograms: each series' {@code x} are bin left edges of equal width {@code binWidth},
   * {@code y} the fractions; bars are drawn half-transparent so overlaps show.
   */
  public static String histogram(
      String title, Axis x, Axis y, double binWidth, List<Series> series) {
    StringBuilder svg = frame(title, x, y);
    for (Series s : series) {
      svg.append("<g fill=\"").append(s.colour()).append("\" fill-opacity=\"0.45\">");
      for (int k = 0; k < s.x().length; k++) {
        double x0 = px(x, s.x()[k]);
        double x1 = px(x, s.x()[k] + binWidth);
        double top = py(y, s.y()[k]);
        double base = py(y, y.min());
        svg.append("<rect x=\"")
            .append(num(x0))
            .append("\" y=\"")
            .append(num(top))
            .append("\" width=\"")
            .append(num(Math.max(0, x1 - x0)))
            .append("\" height=\"")
            .append(num(Math.max(0, base - top)))
            .append("\"/>");
      }
      svg.append("<title>").append(escape(s.label())).append("</title></g>\n");
    }
    return legend(svg, series).append("</svg>\n").toString();
  }

  private static StringBuilder frame(String title, Axis x, Axis y) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append("<text x=\"")
        .append(WIDTH / 2)
        .append("\" y=\"18\" text-anchor=\"middle\" font-size=\"13\">")
        .append(escape(title))
        .append("</text>\n");
    double x0 = LEFT;
    double x1 = WIDTH - RIGHT;
    double y0 = HEIGHT - BOTTOM;
    double y1 = TOP;
    svg.append("<rect x=\"")
        .append(num(x0))
        .append("\" y=\"")
        .append(num(y1))
        .append("\" width=\"")
        .append(num(x1 - x0))
        .append("\" height=\"")
        .append(num(y0 - y1))
        .append("\" fill=\"none\" stroke=\"#444\"/>\n");
    for (double t : x.ticks()) {
      double p = px(x, t);
      svg.append("<line x1=\"")
          .append(num(p))
          .append("\" y1=\"")
          .append(num(y1))
          .append("\" x2=\"")
          .append(num(p))
          .append("\" y2=\"")
          .append(num(y0))
          .append("\" stroke=\"#ddd\"/>")
          .append("<text x=\"")
          .append(num(p))
          .append("\" y=\"")
          .append(num(y0 + 14))
          .append("\" text-anchor=\"middle\">")
          .append(tick(t, x.scale()))
          .append("</text>\n");
    }
    for (double t : y.ticks()) {
      double p = py(y, t);
      svg.append("<line x1=\"")
          .append(num(x0))
          .append("\" y1=\"")
          .append(num(p))
          .append("\" x2=\"")
          .append(num(x1))
          .append("\" y2=\"")
          .append(num(p))
          .append("\" stroke=\"#ddd\"/>")
          .append("<text x=\"")
          .append(num(x0 - 4))
          .append("\" y=\"")
          .append(num(p + 4))
          .append("\" text-anchor=\"end\">")
          .append(tick(t, y.scale()))
          .append("</text>\n");
    }
    svg.append("<text x=\"")
        .append(num((x0 + x1) / 2))
        .append("\" y=\"")
        .append(HEIGHT - 12)
        .append("\" text-anchor=\"middle\">")
        .append(escape(x.label()))
        .append("</text>\n");
    svg.append("<text transform=\"translate(14,")
        .append(num((y0 + y1) / 2))
        .append(") rotate(-90)\" text-anchor=\"middle\">")
        .append(escape(y.label()))
        .append("</text>\n");
    return svg;
  }

  private static StringBuilder legend(StringBuilder svg, List<Series> series) {
    int row = 0;
    for (Series s : series) {
      double y = TOP + 12 + row * 14;
      svg.append("<rect x=\"")
          .append(WIDTH - RIGHT - 150)
          .append("\" y=\"")
          .append(num(y - 8))
          .append("\" width=\"10\" height=\"10\" fill=\"")
          .append(s.colour())
          .append("\"/>")
          .append("<text x=\"")
          .append(WIDTH - RIGHT - 136)
          .append("\" y=\"")
          .append(num(y + 1))
          .append("\">")
          .append(escape(s.label()))
          .append("</text>\n");
      row++;
    }
    return svg;
  }

  /** Pixel x of a value. */
  static double px(Axis x, double v) {
    return LEFT + x.position(v) * (WIDTH - LEFT - RIGHT);
  }

  /** Pixel y of a value (SVG's y grows downwards). */
  static double py(Axis y, double v) {
    return HEIGHT - BOTTOM - y.position(v) * (HEIGHT - BOTTOM - TOP);
  }

  private static String tick(double t, Scale scale) {
    if (scale == Scale.LINEAR) {
      return String.format(Locale.ROOT, "%.2g", t);
    }
    if (scale == Scale.LOG10) {
      return "1e" + Math.round(Math.log10(t));
    }
    return String.format(
        Locale.ROOT,
        "%s%%",
        new java.math.BigDecimal(t * 100)
            .round(new java.math.MathContext(2))
            .stripTrailingZeros()
            .toPlainString());
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Decade ticks from {@code min} to 1. */
  public static double[] decades(double min) {
    List<Double> ticks = new ArrayList<>();
    for (double t = 1; t >= min * 0.999; t /= 10) {
      ticks.add(0, t);
    }
    return ticks.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
