-- Per-clinic choices; a clinic without a row has every default (thumbnails off).
CREATE TABLE clinic_settings (
  clinic_id   VARCHAR(63)  NOT NULL,
  thumbnails  BOOLEAN      NOT NULL DEFAULT FALSE,
  changed_at  DATETIME(6)  NOT NULL,
  changed_by  VARCHAR(255) NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (clinic_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One small face picture per known person, only while their clinic enables thumbnails, cut from
-- their best-quality accepted enrolment photo and stored encrypted (AES-256-GCM, nonce and key id
-- beside the ciphertext). Deleted with the person's templates and whenever the clinic turns
-- thumbnails off.
CREATE TABLE person_thumbnail (
  person_id   BIGINT        NOT NULL,
  clinic_id   VARCHAR(63)   NOT NULL,
  patient_id  BIGINT        NOT NULL,
  quality     DOUBLE        NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  key_id      VARCHAR(64)   NOT NULL,
  iv          VARBINARY(12) NOT NULL,
  ciphertext  MEDIUMBLOB    NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (person_id),
  KEY person_thumbnail_clinic (clinic_id),
  CONSTRAINT person_thumbnail_person_fk FOREIGN KEY (person_id) REFERENCES known_person (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
