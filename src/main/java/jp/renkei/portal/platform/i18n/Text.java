package jp.renkei.portal.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Bundle texts with arguments in pages, in the reader's language: {@code #{text.format(
 * 'agreement.version.number', v.number())}} → 第2版 / Version 2.
 */
@Named("text")
@RequestScoped
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
}
