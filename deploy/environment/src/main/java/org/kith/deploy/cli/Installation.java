package org.kith.deploy.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kith.deploy.environment.DataEncryptionKey;

/**
 * Where an installation keeps its state and what it is configured with. Everything lives under one
 * folder (default {@code .kith} beside the checkout) so an operator can see it and back it up:
 * {@code data/} holds the database and Keycloak's realm, {@code data/keys/} the gallery's data
 * encryption key, {@code secrets.properties} the generated secrets, {@code logs/} the server logs,
 * {@code run/} the pid files.
 */
record Installation(Path home, Path distribution, Map<String, String> env) {
  static final List<String> ALL_MODULES =
      List.of("recognition", "gallery", "audit", "ui", "companion");

  static Installation fromEnvironment(Path defaultHome, Path distribution) {
    Map<String, String> env = System.getenv();
    String home = env.get("KITH_HOME");
    return new Installation(
        home == null || home.isBlank() ? defaultHome : Path.of(home), distribution, env);
  }

  Path data() {
    return home.resolve("data");
  }

  Path runtime() {
    return home.resolve("runtime");
  }

  Path logs() {
    return home.resolve("logs");
  }

  Path pidFile(String service) {
    return home.resolve("run").resolve(service + ".pid");
  }

  /** Back this up, apart from the database: without it evidence and thumbnails are unreadable. */
  Path dataEncryptionKeyFile() {
    return data().resolve("keys").resolve(DataEncryptionKey.FILE_NAME);
  }

  Path secretsFile() {
    return home.resolve("secrets.properties");
  }

  String get(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  int port(String name, int fallback) {
    String value = get(name);
    return value == null ? fallback : Integer.parseInt(value);
  }

  /** The bind host of Payara's HTTP listener; loopback unless the operator says otherwise. */
  String host() {
    String host = get("KITH_HOST");
    return host == null ? "127.0.0.1" : host;
  }

  List<String> modules() {
    String modules = get("KITH_MODULES");
    return modules == null ? ALL_MODULES : List.of(modules.split("\\s*,\\s*"));
  }

  String readSecretSetting(String name) {
    String value = get(name);
    if (value != null) {
      return value;
    }
    String file = get(name + "_FILE");
    if (file == null) {
      return null;
    }
    try {
      return java.nio.file.Files.readString(Path.of(file)).strip();
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(name + "_FILE cannot be read: " + file, e);
    }
  }
}
