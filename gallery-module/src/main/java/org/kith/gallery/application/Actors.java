package org.kith.gallery.application;

/** The caller of the current request, for audit records. */
public interface Actors {
  Actor current();
}
