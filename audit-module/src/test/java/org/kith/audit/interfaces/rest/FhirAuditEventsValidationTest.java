package org.kith.audit.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.AuditedFaceRecord;

/**
 * The export read by HAPI FHIR's R4 validator with the core definitions, as a clinic's EHR or a
 * reviewer's tool would read it: every kind of event Kith writes, in one collection Bundle.
 */
class FhirAuditEventsValidationTest {
  private static FhirValidator validator;

  /**
   * The one warning left, once per event: HAPI's in-memory terminology cannot expand R4's
   * participation-role-type value set, so it reports even the codes that value set includes by name
   * (extra-security-role-type#humanuser, DCM#110150) as outside it. Only this message is tolerated;
   * a validator with a terminology server does not give it.
   */
  private static final String UNEXPANDED_ROLE_TYPES =
      "None of the codings provided are in the value set 'ParticipationRoleType'";

  @BeforeAll
  static void validator() {
    FhirContext fhir = FhirContext.forR4();
    // Kith's own code systems, as Kith defines them; everything else from the R4 core package.
    PrePopulatedValidationSupport kith = new PrePopulatedValidationSupport(fhir);
    for (JsonObject codeSystem : FhirCodeSystems.all()) {
      kith.addCodeSystem(
          fhir.newJsonParser().parseResource(CodeSystem.class, codeSystem.toString()));
    }
    kith.addCodeSystem(dicomFragment());
    ValidationSupportChain support =
        new ValidationSupportChain(
            kith,
            new DefaultProfileValidationSupport(fhir),
            new InMemoryTerminologyServerValidationSupport(fhir),
            new CommonCodeSystemsTerminologyService(fhir));
    validator = fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
  }

  @Test
  void everyKindOfEventIsValidR4() {
    List<AuditRecord> records = new ArrayList<>();
    long id = 1;
    for (int i = 0; i < 20; i++) {
      records.add(identification(id++));
      records.add(feedback(id++, id - 2));
      records.add(change(id++, "PERSON_CREATED", "SUCCESS", "PERSON", null));
      records.add(change(id++, "PERSON_ERASED", "SUCCESS", "PERSON", null));
      records.add(change(id++, "CONSENT_GIVEN", "SUCCESS", "CONSENT", null));
      records.add(change(id++, "AUDIT_READ", "SUCCESS", null, null));
      records.add(change(id++, "IDENTIFICATION", "DENIED", null, "DEVICE_UNKNOWN"));
      records.add(change(id++, "PATIENT_CHANGED", "FAILURE", "PATIENT", "AUDIT_UNAVAILABLE"));
    }
    String bundle =
        FhirAuditEvents.bundle(records, "https://kith.example/audit/api/v1/events").toString();

    List<SingleValidationMessage> messages = validator.validateWithResult(bundle).getMessages();
    List<String> errors = of(messages, ResultSeverityEnum.ERROR, ResultSeverityEnum.FATAL);
    List<String> warnings = of(messages, ResultSeverityEnum.WARNING);
    List<String> otherWarnings =
        warnings.stream().filter(w -> !w.contains(UNEXPANDED_ROLE_TYPES)).toList();
    System.out.printf(
        "AuditEvent export (%d events): %d errors, %d warnings, %d of them other than"
            + " participation-role-type's expansion%n",
        records.size(), errors.size(), warnings.size(), otherWarnings.size());
    assertEquals(List.of(), errors);
    assertEquals(List.of(), otherWarnings);
  }

  /**
   * The DICOM codes the export uses and the R4 value sets enumerate. DICOM's terminology is not
   * part of the R4 core package; a validator with a terminology server has all of it.
   */
  private static CodeSystem dicomFragment() {
    CodeSystem dicom = new CodeSystem();
    dicom.setUrl("http://dicom.nema.org/resources/ontology/DCM");
    dicom.setStatus(Enumerations.PublicationStatus.ACTIVE);
    dicom.setContent(CodeSystem.CodeSystemContentMode.FRAGMENT);
    dicom.addConcept().setCode("110112").setDisplay("Query");
    dicom.addConcept().setCode("110150").setDisplay("Application");
    dicom.addConcept().setCode("110151").setDisplay("Application Launcher");
    dicom.addConcept().setCode("110152").setDisplay("Destination Role ID");
    dicom.addConcept().setCode("110153").setDisplay("Source Role ID");
    dicom.addConcept().setCode("110154").setDisplay("Destination Media");
    dicom.addConcept().setCode("110155").setDisplay("Source Media");
    return dicom;
  }

  private static List<String> of(
      List<SingleValidationMessage> messages, ResultSeverityEnum... severities) {
    List<ResultSeverityEnum> wanted = List.of(severities);
    return messages.stream()
        .filter(m -> wanted.contains(m.getSeverity()))
        .map(m -> m.getLocationString() + ": " + m.getMessage())
        .distinct()
        .collect(Collectors.toList());
  }

  private static AuditRecord identification(long id) {
    return record(
        id,
        "IDENTIFICATION",
        "SUCCESS",
        "device",
        "kith-device-7",
        null,
        null,
        null,
        List.of(
            new AuditedFaceRecord(
                0,
                "KNOWN",
                "42",
                new BigDecimal("0.91"),
                new BigDecimal("0.2"),
                new BigDecimal("0.8"),
                new BigDecimal("0.6"),
                "default",
                "GOOD"),
            new AuditedFaceRecord(
                1, "UNKNOWN", null, new BigDecimal("0.3"), null, null, null, null, "FAIR")));
  }

  private static AuditRecord feedback(long id, long corrects) {
    return record(
        id, "FEEDBACK", "SUCCESS", "device", "kith-device-7", null, corrects, null, List.of());
  }

  private static AuditRecord change(
      long id, String action, String outcome, String targetType, String reason) {
    return record(id, action, outcome, "clinician", null, targetType, null, reason, List.of());
  }

  private static AuditRecord record(
      long id,
      String action,
      String outcome,
      String role,
      String device,
      String targetType,
      Long corrects,
      String reason,
      List<AuditedFaceRecord> faces) {
    Instant at = Instant.parse("2026-12-01T10:15:30.123Z").plusSeconds(id);
    return new AuditRecord(
        id,
        "demo-clinic",
        id,
        "0".repeat(64),
        at,
        at,
        action,
        outcome,
        "5f0c1c1e-0000-4000-8000-00000000000" + (id % 10),
        role,
        "127.0.0.1",
        "req-" + id,
        "P-0001",
        device,
        targetType,
        targetType == null ? null : Long.toString(id * 10),
        corrects,
        reason,
        faces.isEmpty() ? null : "facerec-dlib",
        faces.isEmpty() ? null : "1",
        faces.isEmpty() ? null : 12L,
        faces,
        "1".repeat(64));
  }
}
