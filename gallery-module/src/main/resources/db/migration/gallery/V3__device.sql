-- Assistive devices, each bound to one patient and identified by its own Keycloak client.
CREATE TABLE device (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  clinic_id      VARCHAR(63)  NOT NULL,
  patient_id     BIGINT       NOT NULL,
  client_id      VARCHAR(100) NOT NULL,
  label          VARCHAR(80)  NOT NULL,
  registered_at  DATETIME(6)  NOT NULL,
  registered_by  VARCHAR(255) NOT NULL,
  revoked_at     DATETIME(6)  NULL,
  revoked_by     VARCHAR(255) NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY device_client (client_id),
  KEY device_patient (clinic_id, patient_id, id),
  CONSTRAINT device_patient_fk FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
