package org.kith.gallery.application.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserCodesTest {
  @Test
  void codesAreEightConsonantsInTwoGroupsAndDiffer() {
    UserCodes codes = new UserCodes();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String code = codes.next();
      assertTrue(code.matches("[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}"), code);
      seen.add(code);
    }
    assertTrue(seen.size() > 195, "random codes rarely repeat: " + seen.size());
  }

  @Test
  void typingIsForgivingButOnlyCodesAreCodes() {
    assertEquals(Optional.of("BCDF-GHJK"), UserCodes.normalise("bcdf ghjk"));
    assertEquals(Optional.of("BCDF-GHJK"), UserCodes.normalise(" BCDFGHJK "));
    assertEquals(Optional.empty(), UserCodes.normalise("BCDF-GHJ"), "too short");
    assertEquals(Optional.empty(), UserCodes.normalise("BCDF-GHJKL"), "too long");
    assertEquals(Optional.empty(), UserCodes.normalise("ABCD-GHJK"), "A is not in the alphabet");
    assertEquals(Optional.empty(), UserCodes.normalise(null));
    assertEquals(Optional.empty(), UserCodes.normalise("B".repeat(1000)));
  }
}
