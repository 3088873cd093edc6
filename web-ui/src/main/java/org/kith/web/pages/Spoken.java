package org.kith.web.pages;

import java.util.Locale;
import org.kith.web.client.Gallery;

/** What a device says for a recognised (or not recognised) face, as "Try it" shows it. */
final class Spoken {
  private Spoken() {}

  static String sentence(Gallery.Face face) {
    String confidence =
        face.confidence() == null
            ? ""
            : String.format(Locale.ROOT, " (confidence %.0f%%)", face.confidence() * 100);
    return switch (face.decision() == null ? "" : face.decision()) {
      case "KNOWN" ->
          "This is "
              + face.displayName()
              + (face.relationship() == null || face.relationship().isBlank()
                  ? ""
                  : ", your " + face.relationship())
              + "."
              + (face.memoryCue() == null || face.memoryCue().isBlank()
                  ? ""
                  : " " + face.memoryCue())
              + confidence;
      case "UNCERTAIN" ->
          "This might be " + face.displayName() + ", but Kith is not sure." + confidence;
      default -> "Kith does not recognise this person." + confidence;
    };
  }
}
