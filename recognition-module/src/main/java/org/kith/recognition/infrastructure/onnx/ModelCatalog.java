package org.kith.recognition.infrastructure.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The models this instance may serve: the ones the build converted (on the class path under {@code
 * models/}) plus any a clinic supplies in its own folder, each checked against the sha256 its
 * manifest states before anything uses it.
 */
public final class ModelCatalog {
  static final String BUNDLED = "models/";

  /** A model whose bytes matched its manifest entry. */
  public record VerifiedModel(ModelDescriptor descriptor, byte[] bytes) {}

  private ModelCatalog() {}

  public static List<VerifiedModel> load(ClassLoader loader, Optional<Path> extraDir) {
    List<VerifiedModel> models = new ArrayList<>();
    try (InputStream manifest = loader.getResourceAsStream(BUNDLED + "manifest.json")) {
      if (manifest == null) {
        throw new ModelIntegrityException(
            "REC-011 no models/manifest.json on the class path: the build did not convert the models");
      }
      for (ModelDescriptor d : ModelManifest.read(manifest)) {
        try (InputStream in = loader.getResourceAsStream(BUNDLED + d.file())) {
          if (in == null) {
            throw new ModelIntegrityException(
                "REC-011 model " + d.name() + ": file " + d.file() + " is missing");
          }
          models.add(verify(d, in.readAllBytes()));
        }
      }
      if (extraDir.isPresent()) {
        models.addAll(loadFolder(extraDir.get()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> names = new HashSet<>();
    for (VerifiedModel m : models) {
      if (!names.add(m.descriptor().name())) {
        throw new ModelIntegrityException(
            "REC-013 model " + m.descriptor().name() + " is listed twice; names must be unique");
      }
    }
    return List.copyOf(models);
  }

  /** A clinic's folder: its manifest.json names ONNX files in the same folder. */
  static List<VerifiedModel> loadFolder(Path dir) throws IOException {
    Path manifest = dir.resolve("manifest.json");
    if (!Files.isRegularFile(manifest)) {
      throw new ModelIntegrityException(
          "REC-011 no manifest.json in the extra model folder " + dir);
    }
    List<VerifiedModel> models = new ArrayList<>();
    try (InputStream in = Files.newInputStream(manifest)) {
      for (ModelDescriptor d : ModelManifest.read(in)) {
        Path file = dir.resolve(d.file()).normalize();
        if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
          throw new ModelIntegrityException(
              "REC-011 model " + d.name() + ": file " + d.file() + " is missing from " + dir);
        }
        models.add(verify(d, Files.readAllBytes(file)));
      }
    }
    return models;
  }

  static VerifiedModel verify(ModelDescriptor d, byte[] bytes) {
    String actual = sha256(bytes);
    if (!actual.equals(d.sha256())) {
      throw new ModelIntegrityException(
          "REC-010 model "
              + d.name()
              + " ("
              + d.file()
              + ") has sha256 "
              + actual
              + " but its manifest states "
              + d.sha256()
              + "; refusing to start. Restore the file or correct the manifest entry.");
    }
    return new VerifiedModel(d, bytes);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
