package jp.renkei.portal.platform.rest;

import jp.renkei.portal.platform.i18n.LocalizedName;

/**
 * A text in both languages, as the API returns names: {@code {"ja": "青森市", "en": "Aomori City"}}.
 */
public record LocalizedText(String ja, String en) {
  public static LocalizedText of(LocalizedName name) {
    return new LocalizedText(name.japanese(), name.english());
  }
}
