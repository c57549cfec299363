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

  @Inject LanguageSelection language;

  public String format(LocalDate date) {
    return date == null ? "" : format(date, language.getLocale());
  }

  public String formatInstant(Instant instant) {
    return instant == null ? "" : format(instant.atZone(JapanClock.JAPAN).toLocalDate());
  }

  /** The date for this language. */
  public static String format(LocalDate date, Locale locale) {
    if ("en".equals(locale.getLanguage())) {
      return ENGLISH.format(date);
    }
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
