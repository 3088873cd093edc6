package org.kith.api.problem;

/**
 * A resource that does not exist for this caller. Resources of another clinic are reported the same
 * way, so a caller cannot learn that they exist.
 */
public class NotFoundException extends KithException {
  public NotFoundException(String kind, Object id) {
    super(CommonErrors.NOT_FOUND, kind + " " + id + " does not exist");
  }
}
