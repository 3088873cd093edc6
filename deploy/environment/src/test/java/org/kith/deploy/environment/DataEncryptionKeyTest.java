package org.kith.deploy.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataEncryptionKeyTest {
  @TempDir Path dir;

  @Test
  void theFirstStartGeneratesAnOwnerOnlyKeyFileAndLaterStartsReuseIt() throws IOException {
    Path file = dir.resolve("data/keys").resolve(DataEncryptionKey.FILE_NAME);
    DataEncryptionKey first = DataEncryptionKey.loadOrCreate(file);
    assertEquals(32, Base64.getDecoder().decode(first.base64Key()).length);
    assertFalse(first.keyId().isBlank());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));

    assertEquals(first, DataEncryptionKey.loadOrCreate(file), "reused, never regenerated");
    assertNotEquals(first.base64Key(), DataEncryptionKey.generate().base64Key());
    assertFalse(first.toString().contains(first.base64Key()), "the key is never printed");
  }

  @Test
  void aDamagedKeyFileIsNeverReplacedByANewKey() throws IOException {
    Path file = dir.resolve(DataEncryptionKey.FILE_NAME);
    Files.writeString(file, "kith.gallery.encryption.key-id=k1\n");
    assertThrows(IOException.class, () -> DataEncryptionKey.loadOrCreate(file));
    assertEquals("kith.gallery.encryption.key-id=k1\n", Files.readString(file));
  }
}
