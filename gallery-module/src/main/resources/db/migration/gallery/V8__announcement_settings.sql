-- What a patient's device says about the people it confirms, set by the patient's clinician. A
-- patient without a row has the defaults (announce once, again after 60 s away; name and
-- relationship; uncertain matches and strangers silent). Removed with the patient.
CREATE TABLE announcement_settings (
  patient_id         BIGINT       NOT NULL,
  clinic_id          VARCHAR(63)  NOT NULL,
  cool_down_seconds  INT          NOT NULL,
  verbosity          VARCHAR(32)  NOT NULL,
  speak_uncertain    BOOLEAN      NOT NULL,
  stranger_tone      BOOLEAN      NOT NULL,
  changed_at         DATETIME(6)  NOT NULL,
  changed_by         VARCHAR(255) NOT NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (patient_id),
  CONSTRAINT announcement_settings_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
