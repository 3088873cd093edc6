package org.kith.deploy.environment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Launches Payara Micro with Kith's WARs: all of them in one process by default, any subset when
 * modules are run separately. Listeners bind to loopback and the Hazelcast grid is off, through the
 * preboot commands (Payara Micro has no bind-address option of its own).
 */
public final class PayaraMicro {
  private static final Logger LOG = Logger.getLogger(PayaraMicro.class.getName());

  private PayaraMicro() {}

  /** The server options shared by the kith command and the integration tests. */
  public static List<String> serverOptions(Path prebootFile, Path propertiesFile, int port) {
    return List.of(
        "--nocluster",
        "--disablephonehome",
        "--prebootcommandfile",
        prebootFile.toString(),
        "--systemproperties",
        propertiesFile.toString(),
        "--port",
        Integer.toString(port));
  }

  /**
   * Starts Payara Micro with exactly {@code wars} deployed, in a root folder emptied first. Payara
   * Micro remembers in its root folder ({@code config/domain.xml}, {@code applications/}) every
   * application an earlier run deployed, boots those again, and only then replaces them with the
   * {@code --deploy} WARs: every module deployed twice, its health answering from the old copy
   * (possibly of older code) in between. Nothing in the root needs keeping: the preboot commands
   * and the properties file configure each start afresh.
   */
  public static Process start(
      Path microJar,
      List<Path> wars,
      List<String> serverOptions,
      Path rootDir,
      Path logFile,
      boolean detach)
      throws IOException {
    Directories.emptied(rootDir);
    List<String> command = new ArrayList<>();
    if (detach) {
      command.add("setsid");
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-jar");
    command.add(microJar.toString());
    command.addAll(serverOptions);
    command.add("--rootdir");
    command.add(rootDir.toString());
    for (Path war : wars) {
      command.add("--deploy");
      command.add(war.toString());
    }
    LOG.info(() -> "KITH-ENV-020 starting Payara Micro with " + wars.size() + " module(s)");
    return Processes.startLogged(new ProcessBuilder(command), logFile);
  }
}
