package org.kith.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageIdsTest {

  @Test
  void positiveNumbersAreIds() {
    assertEquals(42, PageIds.parse("42"));
    assertEquals(999_999_999_999L, PageIds.parse("999999999999"));
  }

  @Test
  void anythingElseIsNone() {
    for (String text :
        new String[] {
          null, "", " ", "0", "-3", "+3", "4 2", "abc", "1e3", "٣", "12345678901234567890", "'"
        }) {
      assertEquals(PageIds.NONE, PageIds.parse(text), String.valueOf(text));
    }
  }

  @Test
  void idsReadBackAsTheyWereGiven() {
    assertEquals("17", PageIds.text(PageIds.parse("17")));
    assertEquals("", PageIds.text(PageIds.NONE));
  }
}
