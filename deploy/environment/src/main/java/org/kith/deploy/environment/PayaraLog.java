package org.kith.deploy.environment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a Payara Micro log that one start wrote: the log file is appended to by every start,
 * so each start reads only from where the file ended before it began.
 */
public final class PayaraLog {
  private static final Pattern COLOURS = Pattern.compile("\u001B\\[[0-9;]*m");
  private static final Pattern BOOTED =
      Pattern.compile("Payara Micro [^\\n]* ready in [0-9,.]+ \\(ms\\)");

  private final Path file;
  private final long start;

  private PayaraLog(Path file, long start) {
    this.file = file;
    this.start = start;
  }

  /** What will be written to {@code file} from now on. */
  public static PayaraLog from(Path file) throws IOException {
    return new PayaraLog(file, Files.exists(file) ? Files.size(file) : 0);
  }

  public Path file() {
    return file;
  }

  /** This start's lines so far, without the terminal colours Payara writes. */
  public String text() throws IOException {
    if (!Files.exists(file)) {
      return "";
    }
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(Math.min(start, Files.size(file)));
      return COLOURS.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
    }
  }

  /** Whether Payara Micro has said it finished booting, which it does after every deployment. */
  public boolean bootCompleted() throws IOException {
    return BOOTED.matcher(text()).find();
  }

  /** How often this start deployed the application {@code name} ({@code gallery}, ...). */
  public int deployments(String name) throws IOException {
    return count(text(), "(?m)[\\s\\]]" + Pattern.quote(name) + " was successfully deployed in ");
  }

  /**
   * How often this start loaded {@code name} as an application remembered from an earlier run,
   * which Payara Micro does before it deploys the archives it was given.
   */
  public int remembered(String name) throws IOException {
    return count(text(), "Loading application " + Pattern.quote(name) + " done in ");
  }

  private static int count(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
