package org.kith.gallery.interfaces.rest.pairing;

import jakarta.ws.rs.core.CacheControl;

/** Answers that carry a secret must not be kept by browsers or proxies. */
final class NoStoreHeader {
  static final CacheControl VALUE = new CacheControl();

  static {
    VALUE.setNoStore(true);
  }

  private NoStoreHeader() {}
}
