package jp.renkei.portal.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.consultation.boundary.ConsultationRead;
import jp.renkei.portal.consultation.boundary.Consultations;
import jp.renkei.portal.consultation.entity.ActionItem;
import jp.renkei.portal.consultation.entity.AttendeeAnswer;
import jp.renkei.portal.consultation.entity.Availability;
import jp.renkei.portal.consultation.entity.ConsultationSlot;
import jp.renkei.portal.consultation.entity.SlotAnswer;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * {@code /c/{slug}/consultations/{id}}: one consultation — the candidate slots with every invited
 * office's answers side by side, the confirmed time, changes with their reasons, the agenda and its
 * materials, and the action items carried to it. A 404 to anybody not taking part.
 */
@Named
@RequestScoped
public class ConsultationDetailView {

  @Inject Consultations consultations;
  @Inject TenantContext tenant;
  @Inject CurrentCircle currentCircle;
  @Inject LanguageSelection language;
  @Inject JapanClock clock;

  private ConsultationRead read;
  private java.util.Set<Long> bestSlots;

  public ConsultationRead getRead() {
    if (read == null) {
      read = consultations.read(tenant.getPathId());
    }
    return read;
  }

  /** The answer of one invited office for one slot, if it gave one. */
  public SlotAnswer answerOf(String municipality, ConsultationSlot slot) {
    return slot.answerOf(municipality).orElse(null);
  }

  /** An attendee's answer for one slot, if their office entered one. */
  public AttendeeAnswer answerOf(String municipality, String attendee, ConsultationSlot slot) {
    return slot.answerOf(municipality, attendee).orElse(null);
  }

  /** Whether the offices' answers favour this slot (fewest ×, then most ○, then most △). */
  public boolean best(ConsultationSlot slot) {
    if (bestSlots == null) {
      bestSlots = getRead().consultation().bestSlotIds();
    }
    return bestSlots.contains(slot.id());
  }

  /** ○/△/× as the three choices of the answer form, in that order. */
  public Availability[] getChoices() {
    return Availability.values();
  }

  /**
   * The office's answers so far, slot by slot, to start the form from: {@code YES}, {@code MAYBE},
   * {@code NO}, or nothing for a slot it has not answered.
   */
  void prefill(java.util.Map<Long, String> choices, java.util.Map<Long, String> notes) {
    for (ConsultationSlot slot : getRead().consultation().slots()) {
      getRead()
          .myAnswer(slot)
          .ifPresent(
              a -> {
                choices.put(slot.id(), a.choice().name());
                if (a.note() != null) {
                  notes.put(slot.id(), a.note());
                }
              });
    }
  }

  public String nameOf(String code) {
    return currentCircle.profile().member(code).map(m -> m.nameIn(locale())).orElse(code);
  }

  public boolean overdue(ActionItem item) {
    return item.overdue(clock.today());
  }

  /** Action items agreed at this consultation, and open ones carried from earlier ones. */
  public List<ActionItem> getActionItems() {
    return getRead().actionItems();
  }

  public boolean carried(ActionItem item) {
    return item.consultationId() != getRead().consultation().id();
  }

  /** The parties who may own an action item: the central city and the invited partners. */
  public List<String> getParties() {
    List<String> parties = new java.util.ArrayList<>();
    currentCircle.profile().centralCities().forEach(m -> parties.add(m.code()));
    parties.addAll(getRead().consultation().participants());
    return parties;
  }

  private Locale locale() {
    return language.getLocale();
  }
}
