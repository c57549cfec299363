package jp.renkei.portal.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of this request, for {@code <f:view locale>} and the language switch. */
@Named("language")
@RequestScoped
public class LanguageSelection {

  @Inject HttpServletRequest request;

  private Language language;

  public Language getCurrent() {
    if (language == null) {
      language = Language.of(request);
    }
    return language;
  }

  public Locale getLocale() {
    return getCurrent().locale();
  }

  /** The other language, which the switch offers. */
  public Language getOther() {
    return getCurrent() == Language.JA ? Language.EN : Language.JA;
  }
}
