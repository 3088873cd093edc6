package org.kith.recognition.tools.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.kith.api.recognition.FaceRecognition;

/**
 * {@code kith recognize eval}: evaluates any {@link FaceRecognition} on a labelled data set and
 * writes {@code report.html} and {@code report.json} to the output folder, printing a text summary.
 * Progress and errors go to standard error.
 */
public final class EvalCommand {
  private static final Logger LOG = Logger.getLogger(EvalCommand.class.getName());

  private EvalCommand() {}

  /** Runs the command; returns the exit status (0 done, 1 failed, 2 wrong arguments or input). */
  public static int run(FaceRecognition recognition, List<String> args) {
    return run(recognition, args, System.out, System.err);
  }

  static int run(FaceRecognition recognition, List<String> args, PrintStream out, PrintStream err) {
    EvalArguments a;
    try {
      a = EvalArguments.parse(args);
    } catch (EvalInputException e) {
      err.println("kith recognize eval: " + e.getMessage());
      if (e.showUsage()) {
        err.println(EvalArguments.USAGE);
      }
      return 2;
    }
    if (a.help()) {
      out.println(EvalArguments.USAGE);
      return 0;
    }
    try {
      List<VerificationPair> pairs = a.pairs() == null ? null : VerificationPair.read(a.pairs());
      if (pairs != null
          && (pairs.stream().noneMatch(VerificationPair::genuine)
              || pairs.stream().allMatch(VerificationPair::genuine))) {
        throw new EvalInputException(a.pairs() + " needs both genuine (1) and impostor (0) pairs");
      }
      IdentificationSet ident = a.ident() == null ? null : IdentificationSet.read(a.ident());
      Files.createDirectories(a.out());
      EvaluationReport report =
          new Evaluation(recognition, err)
              .run(
                  new Evaluation.Inputs(
                      a.root(),
                      a.pairs(),
                      pairs,
                      a.ident(),
                      ident,
                      a.threshold(),
                      a.illumination(),
                      a.threads(),
                      command(args),
                      a.models()));
      Path html = a.out().resolve("report.html");
      Path json = a.out().resolve("report.json");
      Files.writeString(html, HtmlReport.of(report), StandardCharsets.UTF_8);
      Files.writeString(json, JsonReport.write(report), StandardCharsets.UTF_8);
      out.print(TextSummary.of(report));
      out.println("Report: " + html.toAbsolutePath());
      out.println("Numbers: " + json.toAbsolutePath());
      return 0;
    } catch (EvalInputException e) {
      err.println("kith recognize eval: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("kith recognize eval: cannot write the report: " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("kith recognize eval: interrupted");
      return 1;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "REC-902 evaluation failed", e);
      err.println("kith recognize eval: evaluation failed: " + e);
      return 1;
    }
  }

  /** The command as a shell would take it, for the report. */
  static String command(List<String> args) {
    return "./kith recognize eval "
        + args.stream().map(EvalCommand::quote).collect(Collectors.joining(" "));
  }

  private static String quote(String arg) {
    return arg.matches("[A-Za-z0-9_./=:@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }
}
