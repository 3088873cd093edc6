package org.kith.recognition.tools.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The parsed command line of {@code kith recognize eval}. */
public record EvalArguments(
    Path pairs,
    Path ident,
    Path root,
    Path out,
    List<String> models,
    int threads,
    Double threshold,
    boolean illumination,
    boolean help) {

  public static final String USAGE =
      """
      usage: kith recognize eval --root DIR (--pairs FILE | --ident FILE | both) [options]
        --pairs FILE      verification pairs, one 'imageA imageB 1|0' per line (paths under --root)
        --ident FILE      identification JSON: gallery [{file, identity}], probes [{file, identity|null}]
        --root DIR        the data set folder the listed paths are relative to
        --out DIR         where report.html and report.json go (default: eval-report)
        --model NAME      the embedding model asked for (recorded in the report; repeatable)
        --threads N       analysis threads (default: the number of cores)
        --threshold T     the deployed cosine threshold, reported beside the best one
        --no-illumination skip the darkened and brightened copies
        --flip, --clahe   flip-averaging, CLAHE before the embedding (the pipeline's settings)
        --gpu, --models-dir DIR   CUDA where it loads; a folder of a clinic's models
        --help            this text
      exit status: 0 done, 2 wrong arguments or unusable input, 1 evaluation failed""";

  /** Parses and checks the arguments; a problem is an {@link EvalInputException}. */
  public static EvalArguments parse(List<String> args) {
    Path pairs = null;
    Path ident = null;
    Path root = null;
    Path out = Path.of("eval-report");
    List<String> models = new ArrayList<>();
    int threads = Runtime.getRuntime().availableProcessors();
    Double threshold = null;
    boolean illumination = true;
    for (int k = 0; k < args.size(); k++) {
      String a = args.get(k);
      switch (a) {
        case "--help", "-h" -> {
          return new EvalArguments(null, null, null, out, models, threads, null, true, true);
        }
        case "--no-illumination" -> illumination = false;
        case "--pairs" -> pairs = Path.of(value(args, k++));
        case "--ident" -> ident = Path.of(value(args, k++));
        case "--root" -> root = Path.of(value(args, k++));
        case "--out" -> out = Path.of(value(args, k++));
        case "--model" -> models.add(value(args, k++));
        case "--threads" -> threads = positive(a, value(args, k++));
        case "--threshold" -> threshold = number(a, value(args, k++));
        // the pipeline's own options: the recognize command has applied them already
        case "--flip", "--clahe", "--gpu" -> {}
        case "--models-dir" -> value(args, k++);
        default -> throw new EvalInputException("unknown argument '" + a + "'", true);
      }
    }
    if (root == null) {
      throw new EvalInputException("--root is required", true);
    }
    if (pairs == null && ident == null) {
      throw new EvalInputException("give --pairs, --ident or both", true);
    }
    if (!Files.isDirectory(root)) {
      throw new EvalInputException("--root " + root + " is not a folder");
    }
    requireFile("--pairs", pairs);
    requireFile("--ident", ident);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new EvalInputException("--out " + out + " exists and is not a folder");
    }
    return new EvalArguments(
        pairs, ident, root, out, List.copyOf(models), threads, threshold, illumination, false);
  }

  private static void requireFile(String option, Path file) {
    if (file != null && !Files.isRegularFile(file)) {
      throw new EvalInputException(option + " " + file + " is not a readable file");
    }
  }

  private static String value(List<String> args, int k) {
    if (k + 1 >= args.size() || args.get(k + 1).startsWith("--")) {
      throw new EvalInputException(args.get(k) + " needs a value", true);
    }
    return args.get(k + 1);
  }

  private static int positive(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message below.
    }
    throw new EvalInputException(
        option + " needs a whole number of at least 1, not '" + value + "'");
  }

  private static double number(String option, String value) {
    try {
      double v = Double.parseDouble(value);
      if (v >= -1 && v <= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message below.
    }
    throw new EvalInputException(
        option + " needs a cosine similarity in [-1, 1], not '" + value + "'");
  }
}
