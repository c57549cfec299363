package jp.renkei.portal.consultation.entity;

import java.net.URI;
import java.time.LocalDateTime;

/**
 * A candidate slot as the central city proposes it: start and end in Japan time, a place, an online
 * link (http/https only), or both.
 */
public record SlotProposal(
    LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineUrl) {

  public SlotProposal {
    place = blankToNull(place);
    onlineUrl = blankToNull(onlineUrl);
  }

  /** Refuses a slot without times, ending before it starts, in the past, or nowhere to meet. */
  void check(LocalDateTime now) {
    if (startsAt == null || endsAt == null) {
      throw new ConsultationRefused("consultation.error.slot-time-required");
    }
    if (!endsAt.isAfter(startsAt)) {
      throw new ConsultationRefused("consultation.error.slot-ends-before-start");
    }
    if (startsAt.isBefore(now)) {
      throw new ConsultationRefused("consultation.error.slot-in-past");
    }
    if (place == null && onlineUrl == null) {
      throw new ConsultationRefused("consultation.error.slot-place-required");
    }
    if (onlineUrl != null && !isWebAddress(onlineUrl)) {
      throw new ConsultationRefused("consultation.error.slot-link-invalid");
    }
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = URI.create(text);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
