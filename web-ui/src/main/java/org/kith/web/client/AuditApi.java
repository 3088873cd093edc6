package org.kith.web.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kith.web.client.Audit.ChainReport;
import org.kith.web.client.Audit.Event;
import org.kith.web.client.Audit.Statistics;

/** The audit review API: the user's clinic's events, figures, chain and exports. */
@RequestScoped
public class AuditApi {
  @Inject RestClient rest;
  @Inject Endpoints endpoints;

  /** Events matching the filters (blank ones left out), newest first. */
  public List<Event> events(Map<String, String> filters, int offset, int limit) {
    return rest.get(
        endpoints.audit("/v1/events?" + query(filters) + "offset=" + offset + "&limit=" + limit),
        GalleryApi.listOf(Event.class));
  }

  public Statistics statistics(int bins) {
    return rest.get(endpoints.audit("/v1/statistics?bins=" + bins), Statistics.class);
  }

  public ChainReport verify() {
    return rest.get(endpoints.audit("/v1/verify"), ChainReport.class);
  }

  public byte[] csv(Map<String, String> filters) {
    return rest.download(endpoints.audit("/v1/export/csv?" + query(filters)), "text/csv");
  }

  public byte[] fhir(Map<String, String> filters) {
    return rest.download(
        endpoints.audit("/v1/export/fhir?" + query(filters)), "application/fhir+json");
  }

  private static String query(Map<String, String> filters) {
    return filters.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .map(
            e ->
                e.getKey()
                    + "="
                    + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8)
                    + "&")
        .collect(Collectors.joining());
  }
}
