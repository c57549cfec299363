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

  public ConsultationRead getRead() {
    if (read == null) {
      read = consultations.read(tenant.getPathId());
    }
    return read;
  }

  /**
   * The answer of one invited municipality for one slot: {@code yes}, {@code no} or {@code none}.
   */
  public String answerState(String municipality, ConsultationSlot slot) {
    return slot.answerOf(municipality).map(a -> a.available() ? "yes" : "no").orElse("none");
  }

  public boolean mine(ConsultationSlot slot) {
    return getRead().myAnswer(slot).map(SlotAnswer::available).orElse(false);
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
