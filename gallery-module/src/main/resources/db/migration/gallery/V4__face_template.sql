-- Face templates: one embedding per accepted enrolment image, with the model that made it (vectors
-- of different models are never compared) and the quality context it was taken in. A template
-- exists only while its person's consent is active; withdrawal deletes the rows.
CREATE TABLE face_template (
  id              BIGINT         NOT NULL AUTO_INCREMENT,
  clinic_id       VARCHAR(63)    NOT NULL,
  patient_id      BIGINT         NOT NULL,
  person_id       BIGINT         NOT NULL,
  model_id        VARCHAR(64)    NOT NULL,
  model_version   VARCHAR(32)    NOT NULL,
  dimension       INT            NOT NULL,
  embedding       VARBINARY(8192) NOT NULL,
  quality_score   DOUBLE         NOT NULL,
  brightness      DOUBLE         NOT NULL,
  contrast        DOUBLE         NOT NULL,
  sharpness       DOUBLE         NOT NULL,
  face_size       DOUBLE         NOT NULL,
  occlusion       DOUBLE         NOT NULL,
  detection_score DOUBLE         NOT NULL,
  liveness        DOUBLE         NOT NULL,
  yaw             DOUBLE         NOT NULL,
  pitch           DOUBLE         NOT NULL,
  roll            DOUBLE         NOT NULL,
  source_sha256   CHAR(64)       NOT NULL,
  created_at      DATETIME(6)    NOT NULL,
  created_by      VARCHAR(255)   NOT NULL,
  PRIMARY KEY (id),
  KEY face_template_person (clinic_id, person_id, id),
  KEY face_template_patient (patient_id, model_id, model_version),
  CONSTRAINT face_template_person_fk FOREIGN KEY (person_id) REFERENCES known_person (id),
  CONSTRAINT face_template_patient_fk FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Bumped in the same transaction as every change to a patient's templates (enrol, delete, erase).
-- Each instance's in-memory match index remembers the version it was built at and compares it with
-- this column on every identify, so a change committed through any instance is seen by all.
ALTER TABLE patient ADD COLUMN gallery_version BIGINT NOT NULL DEFAULT 0;
