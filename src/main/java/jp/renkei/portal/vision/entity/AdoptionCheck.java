package jp.renkei.portal.vision.entity;

import java.util.List;

/**
 * The gate before a draft is adopted (第6(2)(5)): the roundtable deliberated it (a held meeting with
 * minutes on this draft or an earlier one of the same revision), and every partner signed off its
 * round on this very draft — or the central city records why it adopts without.
 *
 * @param deliberated whether a roundtable meeting deliberated the draft
 * @param missingSignOffs partners that have not signed off this draft, by code
 */
public record AdoptionCheck(boolean deliberated, List<String> missingSignOffs) {

  public AdoptionCheck {
    missingSignOffs = List.copyOf(missingSignOffs);
  }

  /** True when nothing stands in the way without an override. */
  public boolean passes() {
    return deliberated && missingSignOffs.isEmpty();
  }

  /**
   * Refuses adoption unless the gate passes; missing sign-offs may be overridden with a reason, the
   * roundtable's deliberation may not.
   */
  public void requireAdoptable(String overrideReason) {
    if (!deliberated) {
      throw new VisionRefused("vision.error.not-deliberated");
    }
    if (!missingSignOffs.isEmpty() && (overrideReason == null || overrideReason.isBlank())) {
      throw new VisionRefused("vision.error.sign-offs-missing");
    }
  }
}
