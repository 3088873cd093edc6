package org.kith.web.client;

import java.util.List;

/** Another module could not be reached or did not answer in time. */
public class ServiceUnavailable extends ApiProblem {
  private static final long serialVersionUID = 1L;

  public ServiceUnavailable(String service) {
    super(
        503,
        "SERVICE_UNAVAILABLE",
        "Kith's " + service + " service is not answering right now. Please try again in a minute.",
        List.of());
  }
}
