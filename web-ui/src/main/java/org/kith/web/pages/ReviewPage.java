package org.kith.web.pages;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.FaceDecision;
import org.kith.web.client.ApiProblem;
import org.kith.web.client.Audit;
import org.kith.web.client.AuditApi;

/**
 * The ethics reviewer's page: the clinic's audit events with filters and paging, charts of the last
 * 30 days, the chain's verification, and CSV or FHIR exports of what the filters select.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;
  private static final Set<String> FILTER_FIELDS =
      Set.of(
          "from",
          "to",
          "patient",
          "device",
          "action",
          "decision",
          "person",
          "minScore",
          "maxScore");

  @Inject AuditApi audit;

  private LocalDate from;
  private LocalDate to;
  private String patient;
  private String device;
  private String action;
  private String decision;
  private String person;
  private String minScore;
  private String maxScore;
  private int page;
  private List<Audit.Event> events = List.of();
  private boolean more;
  private Audit.ChainReport chain;
  private String chainProblem;
  private BarChart perDay;
  private BarChart rates;
  private List<BarChart> histograms = List.of();
  private long reportedErrors;

  public void load() {
    search();
    try {
      chain = audit.verify();
    } catch (ApiProblem e) {
      chainProblem = e.message();
    }
    try {
      charts(audit.statistics(10));
    } catch (ApiProblem e) {
      Messages.error("Charts: " + e.message());
    }
  }

  public void filter() {
    page = 0;
    search();
  }

  public void next() {
    if (more) {
      page++;
      search();
    }
  }

  public void previous() {
    if (page > 0) {
      page--;
      search();
    }
  }

  private void search() {
    try {
      List<Audit.Event> found = audit.events(filters(), page * PAGE_SIZE, PAGE_SIZE + 1);
      more = found.size() > PAGE_SIZE;
      events = more ? found.subList(0, PAGE_SIZE) : found;
    } catch (ApiProblem e) {
      events = List.of();
      more = false;
      Messages.show(e, "filters", FILTER_FIELDS);
    }
  }

  private void charts(Audit.Statistics stats) {
    perDay =
        BarChart.of(
            "Identifications per day",
            stats.identificationsPerDay().stream().map(d -> d.day().toString()).toList(),
            stats.identificationsPerDay().stream().map(d -> (double) d.identifications()).toList(),
            "%.0f");
    List<String> decisions = new ArrayList<>(stats.decisionRates().keySet());
    rates =
        BarChart.of(
            "Decision rates",
            decisions,
            decisions.stream().map(d -> stats.decisionRates().get(d) * 100).toList(),
            "%.1f%%");
    List<BarChart> charts = new ArrayList<>();
    stats
        .scoreHistograms()
        .forEach(
            (name, bins) ->
                charts.add(
                    BarChart.of(
                        "Scores of " + name + " faces",
                        bins.stream()
                            .map(b -> String.format("%.1f–%.1f", b.from(), b.to()))
                            .toList(),
                        bins.stream().map(b -> (double) b.faces()).toList(),
                        "%.0f")));
    histograms = charts;
    reportedErrors = stats.feedbackReportedErrors();
  }

  public void exportCsv() throws IOException {
    download(() -> audit.csv(filters()), "text/csv; charset=UTF-8", "audit-events.csv");
  }

  public void exportFhir() throws IOException {
    download(() -> audit.fhir(filters()), "application/fhir+json", "audit-events.fhir.json");
  }

  private interface Export {
    byte[] bytes();
  }

  private void download(Export export, String contentType, String fileName) throws IOException {
    byte[] bytes;
    try {
      bytes = export.bytes();
    } catch (ApiProblem e) {
      Messages.show(e, "filters", FILTER_FIELDS);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(contentType);
    external.setResponseContentLength(bytes.length);
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    external.setResponseHeader("Cache-Control", "no-store");
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(bytes);
    }
    faces.responseComplete();
  }

  private Map<String, String> filters() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("from", from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
    f.put(
        "to",
        to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
    f.put("patient", patient);
    f.put("device", device);
    f.put("action", action);
    f.put("decision", decision);
    f.put("person", person);
    f.put("minScore", minScore);
    f.put("maxScore", maxScore);
    return f;
  }

  public List<String> getActions() {
    return java.util.Arrays.stream(AuditAction.values()).map(Enum::name).toList();
  }

  public List<String> getDecisions() {
    return java.util.Arrays.stream(FaceDecision.values()).map(Enum::name).toList();
  }

  public List<Audit.Event> getEvents() {
    return events;
  }

  public int getPage() {
    return page;
  }

  public boolean isMore() {
    return more;
  }

  public Audit.ChainReport getChain() {
    return chain;
  }

  public String getChainProblem() {
    return chainProblem;
  }

  public BarChart getPerDay() {
    return perDay;
  }

  public BarChart getRates() {
    return rates;
  }

  public List<BarChart> getHistograms() {
    return histograms;
  }

  public long getReportedErrors() {
    return reportedErrors;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getPatient() {
    return patient;
  }

  public void setPatient(String patient) {
    this.patient = patient;
  }

  public String getDevice() {
    return device;
  }

  public void setDevice(String device) {
    this.device = device;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getMinScore() {
    return minScore;
  }

  public void setMinScore(String minScore) {
    this.minScore = minScore;
  }

  public String getMaxScore() {
    return maxScore;
  }

  public void setMaxScore(String maxScore) {
    this.maxScore = maxScore;
  }
}
