package org.kith.gallery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a camera sequence for every faces-dev probe photo, mated and stranger alike, for the
 * encounter trials ({@code tools.EncounterTrials}): {@code OUT/<probe path without .jpg>/f<k>.jpg},
 * each a {@link CameraFrames} frame of that one photo. The files are made here from the photos and
 * stay outside the project.
 *
 * <pre>
 * java -cp &lt;gallery test classpath&gt; org.kith.gallery.EncounterFrameFiles ../shared/data/faces-dev /tmp/frames 8
 * </pre>
 */
public final class EncounterFrameFiles {
  private EncounterFrameFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: EncounterFrameFiles faces-dev-dir out-dir frames-per-encounter");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int frames = Integer.parseInt(args[2]);
    System.setProperty("kith.faces-dev", root.toString());
    FacesDev faces = FacesDev.require();
    List<Path> probes = new ArrayList<>(faces.strangers);
    faces.probes.values().forEach(probes::addAll);
    long seed = 0;
    for (Path probe : probes) {
      String relative = root.relativize(probe).toString().replaceAll("\\.jpg$", "");
      Path dir = Files.createDirectories(out.resolve(relative));
      CameraFrames camera = new CameraFrames(seed++);
      var photo = Photos.read(probe);
      for (int k = 0; k < frames; k++) {
        Files.write(dir.resolve("f" + k + ".jpg"), camera.of(List.of(photo)));
      }
    }
    System.out.println(probes.size() + " sequences of " + frames + " frames under " + out);
  }
}
