-- Patients of a clinic, known to Kith by a pseudonym only.
CREATE TABLE patient (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  clinic_id   VARCHAR(63)  NOT NULL,
  pseudonym   VARCHAR(80)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  created_by  VARCHAR(255) NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY patient_clinic (clinic_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
