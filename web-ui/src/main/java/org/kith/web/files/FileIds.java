package org.kith.web.files;

/** Ids in a file's address: anything but a positive number is {@link #NONE} (not found). */
final class FileIds {
  static final long NONE = -1;

  private FileIds() {}

  static long parse(String text) {
    if (text == null
        || text.isBlank()
        || text.length() > 18
        || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return NONE;
    }
    long id = Long.parseLong(text);
    return id > 0 ? id : NONE;
  }
}
