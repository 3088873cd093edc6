-- The people a patient knows, and the consent each of them gave for their face to be recognised.
CREATE TABLE known_person (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  clinic_id           VARCHAR(63)  NOT NULL,
  patient_id          BIGINT       NOT NULL,
  display_name        VARCHAR(80)  NOT NULL,
  relationship        VARCHAR(80)  NOT NULL,
  memory_cue          VARCHAR(200) NULL,
  pronunciation_hint  VARCHAR(120) NULL,
  created_at          DATETIME(6)  NOT NULL,
  created_by          VARCHAR(255) NOT NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY known_person_patient (clinic_id, patient_id, id),
  CONSTRAINT known_person_patient_fk FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Consents are evidence: rows are never deleted; withdrawal and expiry are recorded on them.
CREATE TABLE consent (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  clinic_id            VARCHAR(63)  NOT NULL,
  person_id            BIGINT       NOT NULL,
  scope                VARCHAR(16)  NOT NULL,
  given_by             VARCHAR(32)  NOT NULL,
  representative_name  VARCHAR(120) NULL,
  method               VARCHAR(32)  NOT NULL,
  witness              VARCHAR(120) NULL,
  evidence_reference   VARCHAR(200) NULL,
  given_at             DATETIME(6)  NOT NULL,
  expires_at           DATETIME(6)  NULL,
  recorded_at          DATETIME(6)  NOT NULL,
  recorded_by          VARCHAR(255) NOT NULL,
  withdrawn_at         DATETIME(6)  NULL,
  withdrawn_by         VARCHAR(255) NULL,
  version              BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY consent_person (clinic_id, person_id, id),
  CONSTRAINT consent_person_fk FOREIGN KEY (person_id) REFERENCES known_person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
