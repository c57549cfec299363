package jp.renkei.portal.notice.rest;

import jp.renkei.portal.notice.entity.Notice;
import jp.renkei.portal.platform.rest.LocalizedText;

/** A public notice in the API; {@code link} is relative to the circle's space. */
public record NoticeJson(
    long id,
    String kind,
    LocalizedText title,
    LocalizedText body,
    String link,
    String publishedAt) {
  static NoticeJson of(Notice n) {
    return new NoticeJson(
        n.id(),
        n.kind().name(),
        new LocalizedText(n.titleJa(), n.titleEn()),
        new LocalizedText(n.bodyJa(), n.bodyEn()),
        n.link(),
        n.publishedAt().toString());
  }
}
