package org.kith.audit.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvExportTest {
  @Test
  void quotesFieldsWithSeparatorsQuotesAndLineBreaks() {
    assertEquals("plain", CsvExport.field("plain"));
    assertEquals("\"a,b\"", CsvExport.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvExport.field("say \"hi\""));
    assertEquals("\"two\nlines\"", CsvExport.field("two\nlines"));
  }

  @Test
  void defusesSpreadsheetFormulasInFreeText() {
    assertEquals("'=HYPERLINK(1)", CsvExport.text("=HYPERLINK(1)"));
    assertEquals("'@sum", CsvExport.text("@sum"));
    assertEquals("subject-1", CsvExport.text("subject-1"));
  }

  @Test
  void mapsActionsToFhirCrudCodes() {
    assertEquals("E", FhirAuditEvents.crude("IDENTIFICATION"));
    assertEquals("C", FhirAuditEvents.crude("PATIENT_CREATED"));
    assertEquals("U", FhirAuditEvents.crude("CONSENT_WITHDRAWN"));
    assertEquals("D", FhirAuditEvents.crude("TEMPLATE_ERASED"));
  }
}
