package org.kith.web.client;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A refusal from another module's API, read from its application/problem+json answer. Pages show
 * {@link #message()} and the field messages; never the raw body.
 */
public class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient List<FieldMessage> fields;

  public ApiProblem(int status, String code, String message, List<FieldMessage> fields) {
    super(message);
    this.status = status;
    this.code = code == null ? "" : code;
    this.fields = List.copyOf(fields);
  }

  /** One field a request was refused for, as the API names it. */
  public record FieldMessage(String field, String message) {}

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String message() {
    return getMessage();
  }

  public List<FieldMessage> fields() {
    return fields;
  }

  public boolean isNotFound() {
    return status == 404;
  }

  /** The field messages by field name, the first one where a field has several. */
  public Map<String, String> byField() {
    return fields.stream()
        .collect(Collectors.toMap(FieldMessage::field, FieldMessage::message, (a, b) -> a));
  }
}
