package jp.renkei.portal.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Numbers and dates as people type them. */
class TypedNumbersTest {

  @Test
  void fullWidthDigitsAndSeparatorsAreNumbers() {
    assertEquals(Optional.of(2027), TypedNumbers.integer("２０２７"));
    assertEquals(Optional.of(98000), TypedNumbers.integer(" 98,000 "));
    assertEquals(Optional.of(new BigDecimal("0.25")), TypedNumbers.decimal("０．２５", 2, 3));
  }

  @Test
  void wordsAndTooManyDecimalsAreNot() {
    assertTrue(TypedNumbers.integer("九万八千").isEmpty());
    assertTrue(TypedNumbers.integer("1e5").isEmpty());
    assertTrue(TypedNumbers.decimal("0.1234", 2, 3).isEmpty());
    assertTrue(TypedNumbers.decimal("", 2, 3).isEmpty());
  }

  @Test
  void datesComeAsTheBrowserSendsThem() {
    assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), TypedNumbers.date("2026-12-01"));
    assertTrue(TypedNumbers.date("2026/12/01").isEmpty());
    assertTrue(TypedNumbers.date(null).isEmpty());
  }
}
