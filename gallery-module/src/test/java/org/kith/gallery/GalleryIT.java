package org.kith.gallery;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.IntegrationEnvironment;
import org.kith.deploy.testing.Tokens;

/**
 * Black-box tests of the built gallery WAR on Payara Micro, against MariaDB and Keycloak with
 * security on. Each subclass gets its own server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class GalleryIT {

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/gallery.war"));
  }

  @ArquillianResource URL base;

  /** Every gallery call that changes something is audited, so the audit module must be up. */
  @BeforeAll
  static void companionModulesReady() {
    IntegrationEnvironment.current().companions();
  }

  /** The recognition and audit modules started beside the gallery. */
  ApiClient companionApi() {
    return new ApiClient(URI.create(IntegrationEnvironment.current().companions().url() + "/"));
  }

  ApiClient api() {
    return new ApiClient(URI.create(base.toString()));
  }

  Tokens tokens() {
    return IntegrationEnvironment.current().tokens();
  }

  /** A new patient of the token's clinic. */
  long patient(String token) {
    return api()
        .post("api/v1/patients", token, "{\"pseudonym\":\"P-test\"}")
        .json()
        .getJsonNumber("id")
        .longValue();
  }
}
