package jp.renkei.portal.inbox.boundary;

import java.time.LocalDateTime;
import java.util.Locale;
import jp.renkei.portal.inbox.entity.Category;

/**
 * Something a person was told, as their inbox lists it "for information": what happened, when,
 * whether they have read it, and where it leads.
 */
public record Update(
    long id,
    Category category,
    String subjectJa,
    String subjectEn,
    String link,
    LocalDateTime at,
    boolean read) {

  public String subject(Locale locale) {
    return "en".equals(locale.getLanguage()) ? subjectEn : subjectJa;
  }
}
