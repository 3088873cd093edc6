package org.kith.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.ApiClient.Reply;
import org.kith.deploy.testing.IntegrationEnvironment;
import org.kith.deploy.testing.Tokens;

/** The built recognition WAR on Payara Micro, with Keycloak and security on. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecognitionDeploymentIT {

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/recognition.war"));
  }

  @ArquillianResource URL base;

  private ApiClient api() {
    return new ApiClient(URI.create(base.toString()));
  }

  private Tokens tokens() {
    return IntegrationEnvironment.current().tokens();
  }

  @Test
  void reportsReadyWithOnnxRuntimeOnTheCpu() {
    Reply ready = api().get("/health/ready", null);
    assertEquals(200, ready.status(), ready::toString);
    JsonObject check =
        ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("recognition"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no recognition check in " + ready.body()));
    assertEquals("UP", check.getString("status"));
    assertEquals("CPU", check.getJsonObject("data").getString("executionProvider"));
    assertTrue(
        check.getJsonObject("data").getString("models").contains("blazeface-back@3.0.4"),
        ready::toString);
  }

  @Test
  void requestWithoutTokenIsUnauthorized() {
    assertEquals(401, api().get("api/v1/runtime", null).status());
  }

  @Test
  void personsAndDevicesAreForbidden() {
    assertEquals(403, api().get("api/v1/runtime", tokens().user("clinician")).status());
    assertEquals(403, api().get("api/v1/runtime", tokens().demoDevice()).status());
  }

  @Test
  void platformServiceAndOperatorMayAsk() {
    Reply service = api().get("api/v1/runtime", tokens().platformService());
    assertEquals(200, service.status(), service::toString);
    assertTrue(service.json().getString("onnxruntime").startsWith("1."), service::toString);
    assertTrue(
        service.json().getJsonArray("models").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                m ->
                    m.getString("name").equals("facemesh") && m.getString("sha256").length() == 64),
        service::toString);
    JsonObject embedding = service.json().getJsonObject("embeddingModel");
    assertEquals("facerec-dlib", embedding.getString("id"), service::toString);
    assertEquals(128, embedding.getInt("dimension"), service::toString);
    assertEquals(200, api().get("api/v1/runtime", tokens().user("platform-admin")).status());
  }
}
