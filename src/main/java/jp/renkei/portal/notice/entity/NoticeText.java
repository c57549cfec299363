package jp.renkei.portal.notice.entity;

/**
 * What a notice says, in Japanese and English. The Japanese title and body are required; the
 * English ones fall back to the Japanese when left empty. Lengths are the columns' own.
 */
public record NoticeText(String titleJa, String titleEn, String bodyJa, String bodyEn) {

  public static final int TITLE_MAX = 400;
  public static final int BODY_MAX = 8000;

  public NoticeText {
    titleJa = strip(titleJa);
    bodyJa = strip(bodyJa);
    if (titleJa == null) {
      throw new NoticeRefused("notice.error.title-required");
    }
    if (bodyJa == null) {
      throw new NoticeRefused("notice.error.body-required");
    }
    titleEn = strip(titleEn) == null ? titleJa : strip(titleEn);
    bodyEn = strip(bodyEn) == null ? bodyJa : strip(bodyEn);
    if (titleJa.length() > TITLE_MAX || titleEn.length() > TITLE_MAX) {
      throw new NoticeRefused("notice.error.title-too-long");
    }
    if (bodyJa.length() > BODY_MAX || bodyEn.length() > BODY_MAX) {
      throw new NoticeRefused("notice.error.body-too-long");
    }
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
