package org.kith.recognition.interfaces.rest;

import org.junit.jupiter.api.Test;
import org.kith.api.openapi.OpenApiDocumentServlet;
import org.kith.deploy.testing.ContractCheck;

/** The document the build generated from this module's annotations, read as a client would. */
class RecognitionOpenApiDocumentTest {
  @Test
  void isValidForSwaggerParserAndKeepsKithsContract() {
    ContractCheck.verifyBuilt(
        getClass().getClassLoader(), OpenApiDocumentServlet.LOCATION + ".yaml", "recognition");
  }
}
