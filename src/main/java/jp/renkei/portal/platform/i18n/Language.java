package jp.renkei.portal.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's two languages: Japanese by default, English by choice. The choice is kept in a
 * cookie, not a session, so that public pages stay session-free and cacheable.
 */
public enum Language {
  JA(Locale.JAPANESE),
  EN(Locale.ENGLISH);

  public static final String COOKIE = "renkei-lang";

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public String tag() {
    return locale.getLanguage();
  }

  public static Optional<Language> byTag(String tag) {
    for (Language language : values()) {
      if (language.tag().equals(tag)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * The language a feed or file is asked for in its address ({@code ?lang=en}): readers of feeds
   * send no cookie, so the page that links to one names its language. Japanese otherwise.
   */
  public static Language asked(HttpServletRequest request) {
    return byTag(request.getParameter("lang")).orElse(JA);
  }

  /** The language the request's cookie chose, or Japanese. */
  public static Language of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return JA;
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .findFirst()
        .flatMap(c -> byTag(c.getValue()))
        .orElse(JA);
  }
}
