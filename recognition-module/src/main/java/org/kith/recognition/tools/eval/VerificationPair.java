package org.kith.recognition.tools.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a pairs file, {@code imageA imageB 1|0}: two image paths relative to the data set
 * root and whether they show the same person.
 */
public record VerificationPair(String first, String second, boolean genuine) {

  /**
   * Reads a pairs file; blank lines and lines starting with {@code #} are skipped. Any other line
   * that is not three fields ending in 1 or 0 is refused with its line number.
   */
  public static List<VerificationPair> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalInputException("cannot read the pairs file " + file + ": " + e.getMessage());
    }
    List<VerificationPair> pairs = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f.length != 3 || !(f[2].equals("1") || f[2].equals("0"))) {
        throw new EvalInputException(
            file + " line " + (n + 1) + ": expected 'imageA imageB 1|0', found '" + line + "'");
      }
      pairs.add(new VerificationPair(f[0], f[1], f[2].equals("1")));
    }
    if (pairs.isEmpty()) {
      throw new EvalInputException("the pairs file " + file + " lists no pairs");
    }
    return List.copyOf(pairs);
  }
}
