package org.kith.gallery.application.pairing;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The short code a phone shows and a clinician types: eight letters from twenty consonants, shown
 * as {@code BCDF-GHJK}. RFC 8628 (6.1) suggests this alphabet: no vowels, so no words, and no
 * letters that read like digits; 20^8 codes, each alive ten minutes and guessed at most a few times
 * a minute, are far beyond guessing. Typing is forgiving: case, spaces and dashes are ignored.
 */
public final class UserCodes {
  static final String ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";
  static final int LENGTH = 8;

  private final SecureRandom random = new SecureRandom();

  public String next() {
    StringBuilder code = new StringBuilder(LENGTH + 1);
    for (int i = 0; i < LENGTH; i++) {
      if (i == LENGTH / 2) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The code as shown ({@code BCDF-GHJK}) from what was typed; empty if it cannot be one. */
  public static Optional<String> normalise(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    StringBuilder letters = new StringBuilder(LENGTH);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || c == ' ') {
        continue;
      }
      if (ALPHABET.indexOf(c) < 0 || letters.length() == LENGTH) {
        return Optional.empty();
      }
      letters.append(c);
    }
    if (letters.length() != LENGTH) {
      return Optional.empty();
    }
    return Optional.of(letters.insert(LENGTH / 2, '-').toString());
  }
}
