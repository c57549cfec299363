package jp.renkei.portal.vision.entity;

import java.util.List;

/**
 * The gate before a draft is adopted (第6(2)(5)): the roundtable deliberated it (a held meeting with
 * minutes on this draft or an earlier one of the same revision), and every partner signed off its
 * round on this very draft — or the central city records why it adopts without. The override is for
 * a partner that was consulted and let its deadline pass, never for one that was not asked.
 *
 * <p>Before all that, the vision must be complete (第6(3)): targets, an initiative, and a KPI in
 * each field. Nothing overrides that.
 *
 * @param missingParts what the draft still lacks, as message keys ({@link
 *     VisionVersion#missingParts()})
 * @param deliberated whether a roundtable meeting deliberated the draft
 * @param missingSignOffs partners that have not signed off this draft, by code
 * @param notConsulted of those, the partners without a round on this draft whose deadline passed
 */
public record AdoptionCheck(
    List<String> missingParts,
    boolean deliberated,
    List<String> missingSignOffs,
    List<String> notConsulted) {

  public AdoptionCheck {
    missingParts = List.copyOf(missingParts);
    missingSignOffs = List.copyOf(missingSignOffs);
    notConsulted = List.copyOf(notConsulted);
  }

  /** True when nothing stands in the way without an override. */
  public boolean passes() {
    return missingParts.isEmpty() && deliberated && missingSignOffs.isEmpty();
  }

  /**
   * Refuses adoption unless the gate passes; missing sign-offs of partners that were consulted and
   * whose deadline passed may be overridden with a reason — not a partner never consulted or still
   * within its deadline, nor the roundtable's deliberation.
   */
  public void requireAdoptable(String overrideReason) {
    if (!missingParts.isEmpty()) {
      throw new VisionRefused("vision.error.incomplete");
    }
    if (!deliberated) {
      throw new VisionRefused("vision.error.not-deliberated");
    }
    if (!notConsulted.isEmpty()) {
      throw new VisionRefused("vision.error.not-consulted");
    }
    if (!missingSignOffs.isEmpty() && (overrideReason == null || overrideReason.isBlank())) {
      throw new VisionRefused("vision.error.sign-offs-missing");
    }
  }
}
