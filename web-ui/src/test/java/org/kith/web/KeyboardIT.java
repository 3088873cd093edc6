package org.kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kith.deploy.environment.Secrets;
import org.kith.deploy.testing.IntegrationEnvironment;
import org.openqa.selenium.Keys;

/**
 * A clinician who uses no mouse: registers a patient and adds a person with Tab, Shift+Tab, Enter
 * and Space only, seeing at each step where the focus is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardIT {

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ui.war"));
  }

  @ArquillianResource URL deployed;

  @Test
  void clinicianRegistersAPatientAndAddsAPersonWithTheKeyboardOnly() {
    IntegrationEnvironment.current().companions();
    String index = deployed.toString().replace("//localhost:", "//127.0.0.1:") + "index.xhtml";
    try (Browser b = new Browser("keyboard")) {
      b.open(index);
      b.logIn("clinician", IntegrationEnvironment.current().secrets().get(Secrets.DEMO_PASSWORD));
      b.byId("newPatient:pseudonym");
      Keyboard keys = new Keyboard(b);

      keys.tabTo("newPatient:pseudonym");
      String pseudonym = "Keys-" + Long.toString(System.nanoTime(), 36);
      keys.type(pseudonym);
      keys.tabTo("newPatient:register");
      b.screenshot("register-button-focused");
      keys.pressAndWaitForNextPage(Keys.ENTER);
      assertEquals(pseudonym, b.byId("patient-name").getText());

      keys.tabTo("personForm:displayName");
      keys.type("Carla");
      keys.tabTo("personForm:relationship");
      keys.type("neighbour");
      // Back to the name, and forward again: Shift+Tab moves the focus back one field.
      keys.shiftTab();
      assertEquals("personForm:displayName", b.focused().getAttribute("id"));
      assertTrue(b.focusIsVisible(), "the focus shows on the name field");
      keys.tabTo("personForm:savePerson");
      b.screenshot("add-person-focused");
      keys.pressAndWaitForNextPage(Keys.SPACE);
      String page = b.text();
      assertTrue(page.contains("Carla was added"), page);
      b.screenshot("person-added-by-keyboard");
    }
  }
}
