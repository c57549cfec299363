package jp.renkei.portal.circle.rest;

import java.util.Locale;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.localgov.Prefecture;
import jp.renkei.portal.platform.rest.LocalizedText;

/** A prefecture in the API: its two-digit JIS code and names. */
public record PrefectureJson(String code, LocalizedText name) {
  static PrefectureJson of(Prefecture prefecture) {
    return new PrefectureJson(
        String.format("%02d", prefecture.code()),
        new LocalizedText(
            Messages.text(Locale.JAPANESE, prefecture.messageKey()),
            Messages.text(Locale.ENGLISH, prefecture.messageKey())));
  }
}
