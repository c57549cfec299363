package jp.renkei.portal.platform.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A proper name as written in Japanese and in English; Japanese is the fallback. */
@Embeddable
public class LocalizedName {

  @Column(name = "name_ja", nullable = false)
  private String japanese;

  @Column(name = "name_en", nullable = false)
  private String english;

  protected LocalizedName() {}

  public LocalizedName(String japanese, String english) {
    this.japanese = japanese;
    this.english = english;
  }

  public String japanese() {
    return japanese;
  }

  public String english() {
    return english;
  }

  /** The name for the reader's language. */
  public String in(Locale locale) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    return english && this.english != null && !this.english.isBlank() ? this.english : japanese;
  }
}
