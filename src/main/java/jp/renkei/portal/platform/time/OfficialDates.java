package jp.renkei.portal.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.renkei.portal.platform.i18n.LanguageSelection;

/**
 * Dates as officials write them: 令和8年4月1日 in Japanese (the first year is 元年), 1 April 2026 in
 * English. In pages: {@code #{dates.format(version.concludedOn())}}.
 */
@Named("dates")
@ApplicationScoped
public class OfficialDates {

  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /**
   * The Japanese forms written so far. Converting to the imperial calendar builds a {@code
   * LocalGregorianCalendar} date each time — measured as a tenth of a signed-in draft page's CPU —
   * while the dates a portal writes are few: its documents' days and fiscal years.
   */
  private static final java.util.Map<LocalDate, String> JAPANESE_DAYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final java.util.Map<Integer, String> JAPANESE_FISCAL_YEARS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Far more days than ten years of a circle's records; past it the memory starts again. */
  private static final int REMEMBERED_DAYS = 20_000;

  @Inject LanguageSelection language;

  public String format(LocalDate date) {
    return date == null ? "" : format(date, language.getLocale());
  }

  public String formatInstant(Instant instant) {
    return instant == null ? "" : format(instant.atZone(JapanClock.JAPAN).toLocalDate());
  }

  /** A time slot as officials write it: 令和8年12月1日（火）14:00～15:30. */
  public String slot(java.time.LocalDateTime start, java.time.LocalDateTime end) {
    return start == null ? "" : formatSlot(start, end, language.getLocale());
  }

  /** A moment of the day: 令和8年12月1日 14:00. */
  public String dateTime(java.time.LocalDateTime time) {
    return time == null
        ? ""
        : format(time.toLocalDate(), language.getLocale()) + " " + TIME.format(time);
  }

  /** A moment of the day for this language: 令和8年12月1日 14:00, for mail. */
  public static String formatDateTime(java.time.LocalDateTime time, Locale locale) {
    return format(time.toLocalDate(), locale) + " " + TIME.format(time);
  }

  /** A time slot for this language; the end date is written only when it is another day. */
  public static String formatSlot(
      java.time.LocalDateTime start, java.time.LocalDateTime end, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    String weekday = start.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, locale);
    String day =
        english
            ? weekday + " " + format(start.toLocalDate(), locale)
            : format(start.toLocalDate(), locale) + "（" + weekday + "）";
    String endText =
        end.toLocalDate().equals(start.toLocalDate())
            ? TIME.format(end)
            : format(end.toLocalDate(), locale) + " " + TIME.format(end);
    return day + (english ? ", " : " ") + TIME.format(start) + (english ? "–" : "～") + endText;
  }

  /** A fiscal year (April to March) in the page's language: 令和8年度, FY2026. */
  public String fiscalYear(int year) {
    return fiscalYear(year, language.getLocale());
  }

  /**
   * A fiscal year for this language. In Japanese it is named by the era of 31 December of its
   * calendar year, as offices do: FY2019 began in 平成 but is written 令和元年度.
   */
  public static String fiscalYear(int year, Locale locale) {
    if ("en".equals(locale.getLanguage())) {
      return "FY" + year;
    }
    return JAPANESE_FISCAL_YEARS.computeIfAbsent(year, OfficialDates::japaneseFiscalYear);
  }

  private static String japaneseFiscalYear(int year) {
    JapaneseDate japanese = JapaneseDate.from(LocalDate.of(year, 12, 31));
    String era = japanese.getEra().getDisplayName(java.time.format.TextStyle.FULL, Locale.JAPAN);
    int yearOfEra = japanese.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
    return era + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年度";
  }

  /** The date for this language. */
  public static String format(LocalDate date, Locale locale) {
    if ("en".equals(locale.getLanguage())) {
      return ENGLISH.format(date);
    }
    String known = JAPANESE_DAYS.get(date);
    if (known != null) {
      return known;
    }
    if (JAPANESE_DAYS.size() > REMEMBERED_DAYS) {
      JAPANESE_DAYS.clear();
    }
    String written = japaneseDay(date);
    JAPANESE_DAYS.put(date, written);
    return written;
  }

  private static String japaneseDay(LocalDate date) {
    JapaneseDate japanese = JapaneseDate.from(date);
    String era = japanese.getEra().getDisplayName(java.time.format.TextStyle.FULL, Locale.JAPAN);
    int year = japanese.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
    return era
        + (year == 1 ? "元" : Integer.toString(year))
        + "年"
        + date.getMonthValue()
        + "月"
        + date.getDayOfMonth()
        + "日";
  }
}
