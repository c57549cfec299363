package jp.renkei.portal.consultation.boundary;

import java.util.List;
import java.util.Optional;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.consultation.entity.ActionItem;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.consultation.entity.ConsultationSlot;
import jp.renkei.portal.consultation.entity.SlotAnswer;

/**
 * One consultation as the caller may see it: the invited partners, the agenda with materials, the
 * action items carried to it, and what the caller may do ({@code runs}: the central city; {@code
 * party}: the municipality the caller speaks for).
 */
public record ConsultationRead(
    Consultation consultation,
    List<MemberMunicipality> invited,
    List<AgendaEntry> agenda,
    List<ActionItem> actionItems,
    boolean runs,
    String party) {

  /** The caller's own answer for a slot, when they answer for an invited partner. */
  public Optional<SlotAnswer> myAnswer(ConsultationSlot slot) {
    return party == null || runs ? Optional.empty() : slot.answerOf(party);
  }

  /** True for an invited partner's staff: they answer the candidate slots. */
  public boolean answers() {
    return party != null && !runs;
  }

  public String nameOf(String code, java.util.Locale locale) {
    return invited.stream()
        .filter(m -> m.code().equals(code))
        .findFirst()
        .map(m -> m.nameIn(locale))
        .orElse(code);
  }
}
