-- The file that proves a consent was given (signed form, photo of it), at most one per consent,
-- encrypted with AES-256-GCM: the nonce and the id of the key beside the ciphertext; type, size and
-- the plaintext's SHA-256 in the clear so that the list of consents needs no decryption. Kept after
-- a withdrawal (it proves the consent that was in force) and removed with the consent's person.
CREATE TABLE consent_evidence (
  consent_id    BIGINT       NOT NULL,
  clinic_id     VARCHAR(63)  NOT NULL,
  content_type  VARCHAR(16)  NOT NULL,
  byte_count    BIGINT       NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  uploaded_at   DATETIME(6)  NOT NULL,
  uploaded_by   VARCHAR(255) NOT NULL,
  key_id        VARCHAR(64)  NOT NULL,
  iv            VARBINARY(12) NOT NULL,
  ciphertext    LONGBLOB     NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (consent_id),
  CONSTRAINT consent_evidence_consent_fk FOREIGN KEY (consent_id) REFERENCES consent (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
