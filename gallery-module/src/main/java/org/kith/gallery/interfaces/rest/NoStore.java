package org.kith.gallery.interfaces.rest;

import jakarta.ws.rs.core.CacheControl;

/**
 * Answers that carry personal files (evidence, thumbnails) or secrets (a device's credential, a
 * token) must not be kept by browsers or proxies.
 */
public final class NoStore {
  public static final CacheControl CACHE_CONTROL = noStore();

  private NoStore() {}

  private static CacheControl noStore() {
    CacheControl control = new CacheControl();
    control.setNoStore(true);
    return control;
  }
}
