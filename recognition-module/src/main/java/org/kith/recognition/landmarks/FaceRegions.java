package org.kith.recognition.landmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kith.api.recognition.FaceBox;
import org.kith.api.recognition.FaceRegion;
import org.kith.recognition.image.RgbImage;

/**
 * The papers' facial regions as boxes around their mesh points, each with a visibility: the share
 * of its points inside the frame, times a cheap occlusion cue. Eyes, brows and mouth have more
 * local contrast than the face as a whole; a hand, mask or sunglasses flattens them, so a region
 * whose luma spread falls well below the face's counts as partly hidden. The cue is rough (a dark
 * uniform occluder is caught, a patterned one is not) and says so by staying a fraction.
 */
public final class FaceRegions {
  /** A region with at least this share of the face's luma spread counts as fully visible. */
  private static final double CONTRAST_SHARE = 0.6;

  private FaceRegions() {}

  public static Map<String, FaceRegion> of(FaceMesh mesh, RgbImage image) {
    Map<String, FaceRegion> regions = new LinkedHashMap<>();
    double faceSpread = lumaSpread(image, box(mesh, MeshTopology.FACE_OVAL));
    for (Map.Entry<String, int[]> region : MeshTopology.regions().entrySet()) {
      FaceBox box = box(mesh, region.getValue());
      double inFrame = inFrame(mesh, region.getValue(), image);
      double visibility = inFrame;
      if (!region.getKey().equals("face") && faceSpread > 0) {
        visibility *= Math.min(1, lumaSpread(image, box) / (CONTRAST_SHARE * faceSpread));
      }
      regions.put(region.getKey(), new FaceRegion(box, clamp(visibility)));
    }
    return regions;
  }

  static FaceBox box(FaceMesh mesh, int[] indices) {
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (int i : indices) {
      double[] p = mesh.point(i);
      minX = Math.min(minX, p[0]);
      minY = Math.min(minY, p[1]);
      maxX = Math.max(maxX, p[0]);
      maxY = Math.max(maxY, p[1]);
    }
    return new FaceBox(minX, minY, maxX - minX, maxY - minY);
  }

  static double inFrame(FaceMesh mesh, int[] indices, RgbImage image) {
    int inside = 0;
    for (int i : indices) {
      double[] p = mesh.point(i);
      if (p[0] >= 0 && p[1] >= 0 && p[0] < image.width() && p[1] < image.height()) {
        inside++;
      }
    }
    return inside / (double) indices.length;
  }

  /** Standard deviation of luma (0..255) over the part of a box inside the image, subsampled. */
  static double lumaSpread(RgbImage image, FaceBox box) {
    int x0 = (int) Math.max(0, Math.floor(box.x()));
    int y0 = (int) Math.max(0, Math.floor(box.y()));
    int x1 = (int) Math.min(image.width(), Math.ceil(box.x() + box.width()));
    int y1 = (int) Math.min(image.height(), Math.ceil(box.y() + box.height()));
    if (x1 <= x0 || y1 <= y0) {
      return 0;
    }
    int step = Math.max(1, Math.max(x1 - x0, y1 - y0) / 32);
    double sum = 0, squares = 0;
    int n = 0;
    for (int y = y0; y < y1; y += step) {
      for (int x = x0; x < x1; x += step) {
        double l =
            0.299 * image.channel(x, y, 0)
                + 0.587 * image.channel(x, y, 1)
                + 0.114 * image.channel(x, y, 2);
        sum += l;
        squares += l * l;
        n++;
      }
    }
    double mean = sum / n;
    return Math.sqrt(Math.max(0, squares / n - mean * mean));
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
