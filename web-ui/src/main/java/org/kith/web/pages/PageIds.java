package org.kith.web.pages;

/**
 * Ids taken from a page's address. They arrive as text anyone can edit, so they are read here
 * rather than by a Faces converter: anything that is not a positive number becomes {@link #NONE},
 * which the pages answer with "not found" instead of a conversion message on an empty page.
 */
final class PageIds {
  static final long NONE = -1;

  private PageIds() {}

  static long parse(String text) {
    if (text == null || text.isBlank() || text.length() > 18) {
      return NONE;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return NONE;
      }
    }
    long id = Long.parseLong(text);
    return id > 0 ? id : NONE;
  }

  static String text(long id) {
    return id > 0 ? Long.toString(id) : "";
  }
}
