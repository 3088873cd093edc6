package org.kith.web.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the gallery's and the audit's APIs are: by default beside the UI on the same server ({@code
 * kith.url}), or on the server an installation names with {@code kith.web.gallery.url} / {@code
 * kith.web.audit.url} (a server's base URL, like the gallery's own settings for its neighbours).
 */
@ApplicationScoped
public class Endpoints {
  @Inject
  @ConfigProperty(name = "kith.url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "kith.web.gallery.url")
  Optional<String> galleryUrl;

  @Inject
  @ConfigProperty(name = "kith.web.audit.url")
  Optional<String> auditUrl;

  public URI gallery(String path) {
    return URI.create(strip(galleryUrl.orElse(baseUrl)) + "/gallery/api" + path);
  }

  public URI audit(String path) {
    return URI.create(strip(auditUrl.orElse(baseUrl)) + "/audit/api" + path);
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
