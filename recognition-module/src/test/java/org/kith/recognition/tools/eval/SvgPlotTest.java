package org.kith.recognition.tools.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgPlotTest {

  @Test
  void logAxisPutsEachDecadeAtEqualSteps() {
    SvgPlot.Axis x = new SvgPlot.Axis("FAR", 1e-4, 1, SvgPlot.Scale.LOG10, SvgPlot.decades(1e-4));
    assertEquals(0.5, x.position(1e-2), 1e-12);
    assertEquals(0.25, x.position(1e-3), 1e-12);
    assertEquals(0.0, x.position(0), 1e-12); // FAR 0 is clamped to the axis edge
    assertArrayEquals(new double[] {1e-4, 1e-3, 1e-2, 1e-1, 1}, x.ticks(), 1e-15);
  }

  @Test
  void probitAxisIsSymmetricAroundOneHalf() {
    SvgPlot.Axis a = new SvgPlot.Axis("FRR", 0.01, 0.99, SvgPlot.Scale.PROBIT, new double[] {0.5});
    assertEquals(0.5, a.position(0.5), 1e-9);
    assertEquals(1 - a.position(0.2), a.position(0.8), 1e-9);
  }

  @Test
  void probitMatchesKnownNormalQuantiles() {
    assertEquals(1.959963985, Probit.of(0.975), 1e-8);
    assertEquals(-2.326347874, Probit.of(0.01), 1e-8);
    assertEquals(0, Probit.of(0.5), 1e-12);
  }

  @Test
  void linesDrawOnePolylinePerSeriesWithEscapedLabels() {
    SvgPlot.Axis unit = new SvgPlot.Axis("x", 0, 1, SvgPlot.Scale.LINEAR, new double[] {0, 1});
    String svg =
        SvgPlot.lines(
            "A <b> & c",
            unit,
            unit,
            List.of(
                new SvgPlot.Series("one", "#000", new double[] {0, 1}, new double[] {0, 1}),
                new SvgPlot.Series("two", "#f00", new double[] {0, 1}, new double[] {1, 0})));
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assertEquals(2, svg.split("<polyline", -1).length - 1);
    assertTrue(svg.contains("A &lt;b&gt; &amp; c"));
    // (0,0) maps to the plot's bottom-left corner, (1,1) to its top-right.
    assertTrue(svg.contains("60.0,310.0 460.0,30.0"), svg);
  }
}
