package org.kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kith.deploy.environment.Secrets;
import org.kith.deploy.testing.BrowserLogin;
import org.kith.deploy.testing.IntegrationEnvironment;

/** The built web UI WAR on Payara Micro, logging in through the real Keycloak. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebUiDeploymentIT {

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ui.war"));
  }

  /** The gallery, recognition and audit start beside the UI; the steps need them up. */
  @BeforeAll
  static void companionsReady() {
    IntegrationEnvironment.current().companions();
  }

  @ArquillianResource URL deployed;

  /**
   * The UI as Kith announces it: the realm's redirect URI names 127.0.0.1, so browsing must too.
   */
  private URI ui(String page) {
    return URI.create(deployed.toString().replace("//localhost:", "//127.0.0.1:")).resolve(page);
  }

  private String password() {
    return IntegrationEnvironment.current().secrets().get(Secrets.DEMO_PASSWORD);
  }

  @Test
  void anonymousVisitorIsSentToTheRealmsLogin() throws Exception {
    HttpClient noRedirects = HttpClient.newHttpClient();
    HttpResponse<String> response =
        noRedirects.send(
            HttpRequest.newBuilder(ui("index.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, response.statusCode(), response::body);
    String location = response.headers().firstValue("Location").orElseThrow();
    String issuer = IntegrationEnvironment.current().issuer();
    assertTrue(location.startsWith(issuer + "/protocol/openid-connect/auth"), location);
    assertTrue(location.contains("response_type=code"), location);
    assertTrue(location.contains("client_id=kith-web"), location);
  }

  @Test
  void clinicianLogsInAndSeesTheirClinic() throws Exception {
    HttpResponse<String> page =
        new BrowserLogin().login(ui("index.xhtml"), "clinician", password());
    assertEquals(200, page.statusCode(), page::body);
    assertTrue(
        page.uri().toString().startsWith(ui("").toString()), "lands back on the UI: " + page.uri());
    assertTrue(page.body().contains("Clara Demo"), page.body());
    assertTrue(page.body().contains("demo-clinic"), page.body());
    assertTrue(page.body().contains("<li>clinician</li>"), page.body());
  }

  @Test
  void wrongPasswordDoesNotLogIn() throws Exception {
    HttpResponse<String> page =
        new BrowserLogin().login(ui("index.xhtml"), "clinician", "not-the-password");
    assertFalse(
        page.uri().toString().startsWith(ui("").toString()), "stays at the realm: " + page.uri());
    assertTrue(page.body().contains("Invalid username or password"), page.body());
  }

  /**
   * Pages asked for with nonsense (ids that are not numbers, unknown pages, a form posted against a
   * view that never existed) answer with Kith's plain pages, never with a server's stack trace.
   */
  @Test
  void brokenRequestsShowPlainPagesWithoutStackTraces() throws Exception {
    BrowserLogin session = new BrowserLogin();
    assertEquals(200, session.login(ui("index.xhtml"), "clinician", password()).statusCode());
    for (String page :
        List.of(
            "patient.xhtml?id=not-a-number",
            "patient.xhtml?id=987654321",
            "person.xhtml?patient=1&person=%27%3Cscript%3E",
            "no-such-page.xhtml",
            "WEB-INF/web.xml")) {
      HttpResponse<String> answer = session.get(ui(page));
      assertPlain(page, answer);
    }
    HttpResponse<String> posted =
        session.post(
            ui("index.xhtml"),
            "newPatient=newPatient&newPatient%3Apseudonym=x&jakarta.faces.ViewState=forged");
    assertPlain("a forged form", posted);
  }

  private static void assertPlain(String what, HttpResponse<String> answer) {
    String body = answer.body();
    assertTrue(answer.statusCode() < 500, what + " answered " + answer.statusCode() + ": " + body);
    for (String trace : List.of("Exception", "\tat ", ".java:", "Caused by", "Payara Server")) {
      assertFalse(body.contains(trace), what + " shows " + trace + ": " + body);
    }
    assertTrue(body.contains("Kith"), what + " is not one of Kith's pages: " + body);
  }
}
