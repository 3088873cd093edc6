package org.kith.deploy.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraLogTest {
  private static final String ESC = "\u001B";

  private static String line(String logger, String message) {
    return "[2026-12-04T22:04:29.212+0000] [] ["
        + ESC
        + "[1;92mINFO"
        + ESC
        + "[0m] [] ["
        + ESC
        + "[1;94m"
        + logger
        + ESC
        + "[0m] [tid: _ThreadID=1 _ThreadName=main] [levelValue: 800] "
        + message
        + "\n";
  }

  @Test
  void readsOnlyWhatThisStartWrote(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("payara.log");
    Files.writeString(
        file,
        line("javax.enterprise.system.core", "gallery was successfully deployed in 9,151 ms.")
            + line("PayaraMicro", "Payara Micro 6.2025.10 (build 42) ready in 68,702 (ms)"));

    PayaraLog log = PayaraLog.from(file);
    assertEquals(0, log.deployments("gallery"));
    assertFalse(log.bootCompleted());

    Files.writeString(
        file,
        line("javax.enterprise.system.core", "Loading application gallery done in 7,315 ms")
            + line("javax.enterprise.system.core", "gallery was successfully deployed in 16 ms.")
            + line("javax.enterprise.system.core", "ui was successfully deployed in 3,596 ms."),
        StandardOpenOption.APPEND);
    assertEquals(1, log.deployments("gallery"));
    assertEquals(1, log.remembered("gallery"));
    assertEquals(1, log.deployments("ui"));
    assertEquals(0, log.deployments("audit"));
    assertFalse(log.bootCompleted());

    Files.writeString(
        file,
        line("PayaraMicro", "Payara Micro 6.2025.10 (build 42) ready in 78,120 (ms)"),
        StandardOpenOption.APPEND);
    assertTrue(log.bootCompleted());
  }

  @Test
  void aModuleNameInsideAnotherIsNotCounted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("payara.log");
    PayaraLog log = PayaraLog.from(file);
    Files.writeString(
        file, line("javax.enterprise.system.core", "web-ui was successfully deployed in 1 ms."));
    assertEquals(0, log.deployments("ui"));
    assertEquals(1, log.deployments("web-ui"));
  }
}
