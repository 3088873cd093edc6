package org.kith.recognition.tools.cli;

import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kith.api.problem.KithException;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.recognition.application.RecognitionSettings;
import org.kith.recognition.application.StandaloneFaceRecognition;
import org.kith.recognition.tools.eval.EvalCommand;

/**
 * {@code ./kith recognize analyze|bench}: the pipeline without a server.
 *
 * <pre>
 * analyze [--landmarks] [--no-embeddings] [--max-faces N] [--model NAME] [--flip] [--clahe] IMAGE…
 * bench   [--image FILE] [--iterations N] [--warmup N] [--batches 1,4,8,16] [--model NAME] [--flip] [--clahe]
 * eval    --root DIR (--pairs FILE | --ident FILE) [--out DIR] [--model NAME] [--threads N]
 * </pre>
 */
public final class RecognizeCommand {
  private RecognizeCommand() {}

  public static void main(String[] args) {
    // Model-loading notes are for server logs; on the command line only problems are shown.
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(java.util.logging.Level.WARNING);
    for (java.util.logging.Handler h : root.getHandlers()) {
      h.setLevel(java.util.logging.Level.WARNING);
    }
    // ONNX Runtime's native session set-up can need more stack than a default main thread has left
    // (seen as a SIGSEGV with long argument lists), so the work runs on a thread with room to
    // spare.
    int[] status = {1};
    Thread worker =
        new Thread(
            null,
            () -> status[0] = run(List.of(args), System.out, System.err),
            "recognize",
            64L << 20);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.out.flush();
    System.exit(status[0]);
  }

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.println(
          "usage: recognize analyze [options] IMAGE… | recognize bench [options]"
              + " | recognize eval --root DIR --pairs FILE --ident FILE [--out DIR]");
      return 2;
    }
    Options options = Options.parse(args.subList(1, args.size()));
    RecognitionSettings settings =
        RecognitionSettings.defaults().withEmbedding(options.model, options.flip, options.clahe);
    try (StandaloneFaceRecognition recognition =
        StandaloneFaceRecognition.open(settings, options.extraModels, options.gpu)) {
      return switch (args.get(0)) {
        case "analyze" -> analyze(recognition, options, out);
        case "bench" -> Bench.run(recognition, settings, options, out);
        case "eval" -> EvalCommand.run(recognition, args.subList(1, args.size()));
        default -> {
          err.println("unknown subcommand " + args.get(0) + "; expected analyze, bench or eval");
          yield 2;
        }
      };
    }
  }

  static int analyze(StandaloneFaceRecognition recognition, Options options, PrintStream out) {
    AnalysisOptions analysis =
        new AnalysisOptions(options.maxFaces, options.landmarks, options.embeddings);
    JsonWriterFactory writers = Json.createWriterFactory(Map.of());
    int failures = 0;
    for (String file : options.files) {
      jakarta.json.JsonObject line;
      try {
        byte[] bytes = Files.readAllBytes(Path.of(file));
        line = AnalysisJson.of(file, recognition.analyze(bytes, analysis));
      } catch (KithException e) {
        failures++;
        line = AnalysisJson.error(file, e.errorCode().code(), e.getMessage());
      } catch (IOException e) {
        failures++;
        line = AnalysisJson.error(file, "FILE_UNREADABLE", e.getMessage());
      }
      StringWriter text = new StringWriter();
      try (JsonWriter writer = writers.createWriter(text)) {
        writer.writeObject(line);
      }
      out.println(text);
    }
    return failures == 0 ? 0 : 1;
  }

  /** Command-line options shared by the subcommands. */
  static final class Options {
    boolean landmarks;
    boolean embeddings = true;
    int maxFaces = 20;
    String model = "facerec-dlib";
    boolean flip;
    boolean clahe;
    boolean gpu;
    Optional<Path> extraModels = Optional.empty();
    Optional<Path> image = Optional.empty();
    int iterations = 50;
    int warmup = 100;
    List<Integer> batches = List.of(1, 4, 8, 16);
    final List<String> files = new ArrayList<>();

    static Options parse(List<String> args) {
      Options o = new Options();
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        switch (a) {
          case "--landmarks" -> o.landmarks = true;
          case "--no-embeddings" -> o.embeddings = false;
          case "--max-faces" -> o.maxFaces = Integer.parseInt(args.get(++i));
          case "--model" -> o.model = args.get(++i);
          case "--flip" -> o.flip = true;
          case "--clahe" -> o.clahe = true;
          case "--gpu" -> o.gpu = true;
          case "--models-dir" -> o.extraModels = Optional.of(Path.of(args.get(++i)));
          case "--image" -> o.image = Optional.of(Path.of(args.get(++i)));
          case "--iterations" -> o.iterations = Integer.parseInt(args.get(++i));
          case "--warmup" -> o.warmup = Integer.parseInt(args.get(++i));
          case "--batches" ->
              o.batches =
                  java.util.Arrays.stream(args.get(++i).split(","))
                      .map(String::trim)
                      .map(Integer::parseInt)
                      .toList();
          default -> o.files.add(a);
        }
      }
      return o;
    }
  }
}
