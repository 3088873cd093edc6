package org.kith.recognition.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kith.api.openapi.OpenApiDocumentServlet;
import org.kith.deploy.testing.ContractCheck;

/** The document the build generated from this module's annotations, read as a client would. */
class RecognitionOpenApiDocumentTest {
  private static ContractCheck check() throws IOException {
    try (InputStream in =
        RecognitionOpenApiDocumentTest.class
            .getClassLoader()
            .getResourceAsStream(OpenApiDocumentServlet.LOCATION + ".yaml")) {
      return ContractCheck.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void swaggerParserReportsNothing() throws IOException {
    List<String> messages = check().parserMessages();
    System.out.println("recognition: swagger-parser messages: " + messages.size());
    assertEquals(List.of(), messages);
  }

  @Test
  void everyOperationKeepsKithsContract() throws IOException {
    ContractCheck check = check();
    assertFalse(check.operations().isEmpty());
    System.out.println("recognition: " + check.operations().size() + " operations");
    assertEquals(List.of(), check.contractGaps());
    assertEquals("/recognition", check.document().getServers().get(0).getUrl());
  }
}
