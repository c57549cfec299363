package jp.renkei.portal.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import jp.renkei.portal.platform.i18n.Language;

/** The language of API messages: English when the client prefers it, Japanese otherwise. */
public final class ApiLanguage {

  private ApiLanguage() {}

  public static Locale of(HttpHeaders headers) {
    for (Locale wanted : headers.getAcceptableLanguages()) {
      var language = Language.byTag(wanted.getLanguage());
      if (language.isPresent()) {
        return language.get().locale();
      }
    }
    return Language.JA.locale();
  }
}
