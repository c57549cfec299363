package jp.renkei.portal.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Bundle texts with arguments in pages, in the reader's language: {@code #{text.format(
 * 'agreement.version.number', v.number())}} → 第2版 / Version 2.
 */
@Named("text")
@ApplicationScoped
public class Text {

  @Inject LanguageSelection language;

  public String format(String key, Object argument) {
    return Messages.text(language.getLocale(), key, argument);
  }

  public String format2(String key, Object first, Object second) {
    return Messages.text(language.getLocale(), key, first, second);
  }

  public String format3(String key, Object first, Object second, Object third) {
    return Messages.text(language.getLocale(), key, first, second, third);
  }

  /**
   * A file's size as a reader writes it: {@code #{text.fileSize(42930)}} → 41.9KB / 41.9 KB. One
   * decimal at most, grouped by the reader's locale — "41.925 KB" reads as forty thousand.
   */
  public String fileSize(long bytes) {
    if (bytes < 1024) {
      return Messages.text(language.getLocale(), "portal.size.bytes", bytes);
    }
    if (bytes < 1024 * 1024) {
      return Messages.text(language.getLocale(), "portal.size.kb", bytes / 1024.0);
    }
    return Messages.text(language.getLocale(), "portal.size.mb", bytes / (1024.0 * 1024.0));
  }
}
