package org.kith.gallery.interfaces.rest;

import jakarta.ws.rs.core.CacheControl;

/** Personal files (evidence, thumbnails) must not be kept by browsers or proxies. */
final class NoStore {
  static final CacheControl CACHE_CONTROL = noStore();

  private NoStore() {}

  private static CacheControl noStore() {
    CacheControl control = new CacheControl();
    control.setNoStore(true);
    return control;
  }
}
