package org.kith.api.openapi;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Serves the module's own OpenAPI document at {@code <context root>/openapi}: the one the build
 * generated from its annotations, so what a client generator reads is what the code declares. YAML
 * by default, JSON for {@code ?format=json} or {@code Accept: application/json}, as the
 * MicroProfile {@code /openapi} endpoint does. Without a token, like {@code /openapi}.
 */
@WebServlet(urlPatterns = "/openapi")
public class OpenApiDocumentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Where the build writes the document inside the module's classes. */
  public static final String LOCATION = "META-INF/kith-openapi/openapi";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean json = wantsJson(request);
    String resource = LOCATION + (json ? ".json" : ".yaml");
    try (InputStream document =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (document == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType(json ? "application/json" : "application/yaml");
      response.setCharacterEncoding("UTF-8");
      document.transferTo(response.getOutputStream());
    }
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String format = request.getParameter("format");
    if (format != null) {
      return format.toLowerCase(Locale.ROOT).equals("json");
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("application/json");
  }
}
