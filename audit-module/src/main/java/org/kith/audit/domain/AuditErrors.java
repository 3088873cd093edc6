package org.kith.audit.domain;

import org.kith.api.problem.ErrorCode;

/** The audit module's own error codes. */
public enum AuditErrors implements ErrorCode {
  AUDIT_UNAVAILABLE(503, "The audit log cannot record the event now"),
  CORRECTED_EVENT_NOT_FOUND(422, "The event the feedback corrects does not exist in this clinic");

  private final int httpStatus;
  private final String title;

  AuditErrors(int httpStatus, String title) {
    this.httpStatus = httpStatus;
    this.title = title;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public String title() {
    return title;
  }
}
