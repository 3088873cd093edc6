package org.kith.recognition.tools.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine an evaluation ran on, for the report: cores, OS, Java and CPU model. */
public record MachineInfo(int cores, String os, String java, String cpu) {

  public static MachineInfo current() {
    return new MachineInfo(
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        cpuModel());
  }

  /** The CPU model from /proc/cpuinfo where there is one (Linux), else what Java knows. */
  static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      try {
        List<String> lines = Files.readAllLines(cpuinfo);
        for (String line : lines) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).strip();
          }
        }
      } catch (IOException e) {
        return "unknown (" + e.getMessage() + ")";
      }
    }
    String env = System.getenv("PROCESSOR_IDENTIFIER");
    return env != null ? env : System.getProperty("os.arch");
  }
}
