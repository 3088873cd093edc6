package org.kith.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;
import org.kith.web.client.ApiProblem;
import org.kith.web.client.GalleryApi;
import org.kith.web.client.RestClient;
import org.kith.web.client.ServiceUnavailable;

/**
 * A consent's evidence ({@code files/evidence?patient=&person=&consent=}) and a known person's
 * thumbnail ({@code files/thumbnail?patient=&person=}), fetched from the gallery as the logged-in
 * user, so the gallery's clinic scoping decides who sees them. They are health data: {@code
 * Cache-Control: no-store}, and only the types the gallery may hold are passed on.
 */
@WebServlet(urlPatterns = {"/files/evidence", "/files/thumbnail"})
public class GalleryFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(GalleryFileServlet.class.getName());
  private static final Map<String, String> EXTENSIONS =
      Map.of("application/pdf", "pdf", "image/jpeg", "jpg", "image/png", "png");

  @Inject transient GalleryApi gallery;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    long patient = FileIds.parse(request.getParameter("patient"));
    long person = FileIds.parse(request.getParameter("person"));
    boolean evidence = request.getServletPath().endsWith("/evidence");
    long consent = evidence ? FileIds.parse(request.getParameter("consent")) : 1;
    if (patient == FileIds.NONE || person == FileIds.NONE || consent == FileIds.NONE) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    RestClient.Fetched file;
    try {
      file =
          evidence
              ? gallery.evidence(patient, person, consent)
              : gallery.thumbnail(patient, person);
    } catch (ServiceUnavailable e) {
      LOG.warning("WEB-030 the gallery could not be reached for a file");
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    } catch (ApiProblem e) {
      // Another clinic's file, or none: the same "not found" as for pages.
      response.sendError(
          e.status() == 401 || e.status() == 403 ? e.status() : HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String type = file.contentType().split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    String extension = EXTENSIONS.get(type);
    if (extension == null || (!evidence && !"image/jpeg".equals(type))) {
      LOG.warning("WEB-031 the gallery answered a file of an unexpected type; not passed on");
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(type);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition",
        evidence
            ? "attachment; filename=\"consent-" + consent + "-evidence." + extension + "\""
            : "inline");
    response.setContentLength(file.bytes().length);
    response.getOutputStream().write(file.bytes());
  }
}
