package jp.renkei.portal.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and fiscal years as officials write them. */
class OfficialDatesTest {

  @Test
  void aFiscalYearIsNamedAsOfficesWriteIt() {
    assertEquals("令和9年度", OfficialDates.fiscalYear(2027, Locale.JAPANESE));
    // April 2019 was still 平成, but 令和 began on 1 May 2019 and offices write 令和元年度.
    assertEquals("令和元年度", OfficialDates.fiscalYear(2019, Locale.JAPANESE));
    assertEquals("昭和63年度", OfficialDates.fiscalYear(1988, Locale.JAPANESE));
    assertEquals("令和2年度", OfficialDates.fiscalYear(2020, Locale.JAPANESE));
    assertEquals("FY2027", OfficialDates.fiscalYear(2027, Locale.ENGLISH));
  }

  @Test
  void theFirstYearOfAnEraIsGanNen() {
    assertEquals("令和元年5月1日", OfficialDates.format(LocalDate.of(2019, 5, 1), Locale.JAPANESE));
    assertEquals("1 May 2019", OfficialDates.format(LocalDate.of(2019, 5, 1), Locale.ENGLISH));
  }
}
