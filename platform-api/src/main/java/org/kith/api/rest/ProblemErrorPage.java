package org.kith.api.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.kith.api.problem.ErrorCode;
import org.kith.api.problem.ProblemDetail;

/**
 * The error page of each REST module's WAR, for what the container answers itself before any JAX-RS
 * mapper runs: a path outside the REST application, a token the security layer refuses, an
 * unhandled error. It writes the same problem as the mappers, never an HTML page or a stack trace.
 * Declared in each module's {@code web.xml} rather than annotated, so the web UI, which shares this
 * library, keeps its own pages.
 */
public class ProblemErrorPage extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = attribute instanceof Integer code ? code : response.getStatus();
    if (status < 400) {
      status = 404; // the page asked for directly
    }
    ErrorCode code = HttpProblems.forStatus(status, request.getContentType());
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    JsonObjectBuilder problem =
        Json.createObjectBuilder()
            .add("type", ProblemDetail.TYPE_BASE + code.code().toLowerCase().replace('_', '-'))
            .add("title", code.title())
            .add("status", status)
            .add("detail", code.title())
            .add("code", code.code());
    if (uri != null) {
      problem.add("instance", uri.toString());
    }
    if (!response.isCommitted()) {
      response.resetBuffer();
    }
    response.setStatus(status);
    response.setContentType(ProblemDetail.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(problem.build().toString());
  }
}
