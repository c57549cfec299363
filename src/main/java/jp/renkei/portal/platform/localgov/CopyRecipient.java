package jp.renkei.portal.platform.localgov;

import java.util.Locale;
import jp.renkei.portal.platform.i18n.Messages;

/**
 * Who receives a 届出 or a copy under 要綱 第7: a prefecture's governor ({@code GOVERNOR:02}, the
 * prefecture's JIS code) or the Ministry ({@code MINISTRY}) — the codes the agreement's filings and
 * the vision's copies store.
 *
 * <pre>{@code
 * CopyRecipient.label("GOVERNOR:02", Locale.JAPANESE); // 青森県知事
 * }</pre>
 */
public final class CopyRecipient {

  public static final String MINISTRY = "MINISTRY";
  private static final String GOVERNOR = "GOVERNOR:";

  private CopyRecipient() {}

  /** The governor of the prefecture this municipality lies in. */
  public static String governorOf(String municipalityCode) {
    return GOVERNOR + municipalityCode.substring(0, 2);
  }

  /** The prefecture (two digits) of a governor recipient; empty for the Ministry. */
  public static java.util.Optional<String> prefectureOf(String recipient) {
    return recipient.startsWith(GOVERNOR)
        ? java.util.Optional.of(recipient.substring(GOVERNOR.length()))
        : java.util.Optional.empty();
  }

  /** The recipient as people say it: 青森県知事 / Governor of Aomori, 総務大臣 / the Minister. */
  public static String label(String recipient, Locale locale) {
    if (!recipient.startsWith(GOVERNOR)) {
      return Messages.text(locale, "copy.recipient.MINISTRY");
    }
    String name =
        Prefecture.byCode(Integer.parseInt(recipient.substring(GOVERNOR.length())))
            .map(p -> Messages.text(locale, p.messageKey()))
            .orElse(recipient);
    return Messages.text(locale, "copy.recipient.GOVERNOR", name);
  }
}
