package org.kith.recognition.tools.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kith.api.recognition.FaceRecognition;
import org.kith.recognition.tools.eval.ImageAnalyzer.ImageKey;

/**
 * Runs one evaluation: analyses every needed image once (and, for robustness, darkened and
 * brightened copies of the probe images: the second image of each pair and the identification
 * probes), then computes every section of the {@link EvaluationReport}.
 */
public final class Evaluation {

  /** What to evaluate; {@code pairs} or {@code identification} may be null, not both. */
  public record Inputs(
      Path root,
      Path pairsFile,
      List<VerificationPair> pairs,
      Path identFile,
      IdentificationSet identification,
      Double deployedThreshold,
      boolean illumination,
      int threads,
      String command,
      List<String> requestedModels) {}

  private final FaceRecognition recognition;
  private final PrintStream progress;

  public Evaluation(FaceRecognition recognition, PrintStream progress) {
    this.recognition = recognition;
    this.progress = progress;
  }

  public EvaluationReport run(Inputs in) throws InterruptedException {
    long start = System.nanoTime();
    String date = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
    List<VerificationPair> pairs = in.pairs();
    IdentificationSet set = in.identification();

    Set<String> originals = new LinkedHashSet<>();
    Set<String> probes = new LinkedHashSet<>();
    if (pairs != null) {
      pairs.forEach(p -> originals.add(p.first()));
      pairs.forEach(p -> originals.add(p.second()));
      pairs.forEach(p -> probes.add(p.second()));
    }
    if (set != null) {
      set.gallery().forEach(e -> originals.add(e.file()));
      set.probes().forEach(e -> originals.add(e.file()));
      set.probes().forEach(e -> probes.add(e.file()));
    }
    List<ImageKey> keys = new ArrayList<>();
    originals.forEach(f -> keys.add(new ImageKey(f, Lighting.ORIGINAL)));
    if (in.illumination()) {
      for (Lighting l : List.of(Lighting.DARKENED, Lighting.BRIGHTENED)) {
        probes.forEach(f -> keys.add(new ImageKey(f, l)));
      }
    }
    progress.printf(
        "Analysing %d images (%d distinct originals) on %d threads…%n",
        keys.size(), originals.size(), in.threads());
    int step = Math.max(1, keys.size() / 20);
    Map<ImageKey, ImageResult> results =
        new ImageAnalyzer(recognition, in.root(), in.threads())
            .analyzeAll(
                keys,
                done -> {
                  if (done % step == 0 || done == keys.size()) {
                    progress.printf("  %d/%d%n", done, keys.size());
                  }
                });

    Map<Lighting, FailureCounts> failures = new EnumMap<>(Lighting.class);
    for (Lighting l : Lighting.values()) {
      List<ImageResult> of =
          results.entrySet().stream()
              .filter(e -> e.getKey().lighting() == l)
              .map(Map.Entry::getValue)
              .toList();
      if (!of.isEmpty()) {
        failures.put(l, FailureCounts.of(of));
      }
    }
    FailureCounts original = failures.get(Lighting.ORIGINAL);
    if (original.missing() == original.images()) {
      throw new EvalInputException(
          "none of the "
              + original.images()
              + " listed images exists under "
              + in.root()
              + " — is --root the folder the lists' paths are relative to?");
    }

    VerificationResult verification = null;
    List<VerificationResult> lightingVerification = new ArrayList<>();
    if (pairs != null) {
      verification =
          VerificationResult.of(
              Lighting.ORIGINAL.label(),
              pairs,
              f -> results.get(new ImageKey(f, Lighting.ORIGINAL)),
              f -> results.get(new ImageKey(f, Lighting.ORIGINAL)),
              in.deployedThreshold());
      if (in.illumination()) {
        lightingVerification.add(verification);
        for (Lighting l : List.of(Lighting.DARKENED, Lighting.BRIGHTENED)) {
          lightingVerification.add(
              VerificationResult.of(
                  l.label(),
                  pairs,
                  f -> results.get(new ImageKey(f, Lighting.ORIGINAL)),
                  f -> results.get(new ImageKey(f, l)),
                  in.deployedThreshold()));
        }
      }
    }
    IdentificationResult identification = null;
    List<IdentificationResult> lightingIdentification = new ArrayList<>();
    if (set != null) {
      identification =
          IdentificationResult.of(
              Lighting.ORIGINAL.label(),
              set,
              f -> results.get(new ImageKey(f, Lighting.ORIGINAL)),
              f -> results.get(new ImageKey(f, Lighting.ORIGINAL)));
      if (in.illumination()) {
        lightingIdentification.add(identification);
        for (Lighting l : List.of(Lighting.DARKENED, Lighting.BRIGHTENED)) {
          lightingIdentification.add(
              IdentificationResult.of(
                  l.label(),
                  set,
                  f -> results.get(new ImageKey(f, Lighting.ORIGINAL)),
                  f -> results.get(new ImageKey(f, l))));
        }
      }
    }
    List<YawRow> yaw =
        YawRow.of(
            pairs,
            verification,
            set,
            identification,
            f -> results.get(new ImageKey(f, Lighting.ORIGINAL)));

    Map<String, List<float[]>> labelled = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    if (set != null) {
      set.gallery().forEach(e -> labels.put(e.file(), e.identity()));
      set.probes().stream()
          .filter(e -> !e.stranger())
          .forEach(e -> labels.put(e.file(), e.identity()));
    } else {
      originals.forEach(f -> labels.put(f, folderOf(f)));
    }
    labels.forEach(
        (file, identity) -> {
          ImageResult r = results.get(new ImageKey(file, Lighting.ORIGINAL));
          if (r.ok()) {
            labelled.computeIfAbsent(identity, x -> new ArrayList<>()).add(r.embedding());
          }
        });

    Set<String> identities = new TreeSet<>();
    originals.forEach(f -> identities.add(folderOf(f)));
    if (set != null) {
      identities.addAll(set.galleryIdentities());
    }
    EvaluationReport.Dataset dataset =
        new EvaluationReport.Dataset(
            in.root().toString(),
            in.pairsFile() == null ? null : in.pairsFile().toString(),
            in.identFile() == null ? null : in.identFile().toString(),
            identities.size(),
            originals.size(),
            pairs == null ? 0 : (int) pairs.stream().filter(VerificationPair::genuine).count(),
            pairs == null ? 0 : (int) pairs.stream().filter(p -> !p.genuine()).count(),
            set == null ? 0 : set.gallery().size(),
            set == null ? 0 : set.galleryIdentities().size(),
            set == null ? 0 : (int) set.matedProbes(),
            set == null ? 0 : (int) set.strangerProbes());
    Set<String> modelsSeen = new TreeSet<>();
    results.values().stream().filter(ImageResult::ok).forEach(r -> modelsSeen.add(r.model().key()));
    EvaluationReport.Run run =
        new EvaluationReport.Run(
            in.command(),
            date,
            MachineInfo.current(),
            recognition.embeddingModel(),
            in.requestedModels(),
            List.copyOf(modelsSeen),
            in.threads(),
            (System.nanoTime() - start) / 1e9,
            in.deployedThreshold());
    return new EvaluationReport(
        run,
        dataset,
        failures,
        verification,
        identification,
        labelled.isEmpty() ? null : ClassSeparation.of(labelled),
        yaw,
        List.copyOf(lightingVerification),
        List.copyOf(lightingIdentification));
  }

  /** The identity folder of a data set path {@code <identity>/<image>}. */
  static String folderOf(String file) {
    int slash = file.replace('\\', '/').lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }
}
