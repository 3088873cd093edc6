package org.kith.gallery.application;

/** Entities as the database would give them back, for tests outside this package. */
public final class Entities {
  private Entities() {}

  public static <T> T withId(T entity, long id) {
    InMemoryGallery.setId(entity, id);
    return entity;
  }
}
