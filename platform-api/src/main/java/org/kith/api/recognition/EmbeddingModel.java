package org.kith.api.recognition;

/** An embedding model's identity as templates record it: id, version and vector length. */
public record EmbeddingModel(String id, String version, int dimension) {
  /** One string for storage and comparison, {@code id@version}. */
  public String key() {
    return id + "@" + version;
  }
}
