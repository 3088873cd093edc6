package org.kith.api.problem;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * The root of Kith's unchecked exceptions. The message names opaque ids only: it reaches the caller
 * as the problem's {@code detail}, so it must never carry a name, an image or a vector.
 *
 * <p>An application exception: it reaches the caller as thrown (not wrapped by the EJB container)
 * and rolls the transaction back, so a refused request leaves no partial state.
 */
@ApplicationException(rollback = true, inherited = true)
public class KithException extends RuntimeException {
  private final ErrorCode errorCode;

  public KithException(ErrorCode errorCode, String detail) {
    super(detail);
    this.errorCode = Objects.requireNonNull(errorCode, "error code");
  }

  public KithException(ErrorCode errorCode, String detail, Throwable cause) {
    super(detail, cause);
    this.errorCode = Objects.requireNonNull(errorCode, "error code");
  }

  public ErrorCode errorCode() {
    return errorCode;
  }
}
