package org.kith.gallery.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Feedback on an identify answer. Plain fields, not a record: Payara's OpenAPI fails on Bean
 * Validation annotations on record components. {@code comment} is accepted for the device's
 * convenience but not forwarded, because free text could name people.
 */
public class FeedbackRequest {
  @NotNull @Positive public Long auditEventId;
  @NotNull public Boolean correct;
  @Positive public Long actualPersonId;
  public String comment;
}
