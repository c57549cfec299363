package jp.renkei.portal.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import jp.renkei.portal.consultation.boundary.Consultations;
import jp.renkei.portal.consultation.entity.Availability;
import jp.renkei.portal.consultation.entity.ConsultationRefused;
import jp.renkei.portal.consultation.entity.SlotChoice;
import jp.renkei.portal.platform.files.CheckedFile;
import jp.renkei.portal.platform.files.Uploads;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.platform.web.Steps;

/**
 * The forms of the consultation page: answering slots, confirming, rescheduling, cancelling, agenda
 * items and materials, action items. The boundary checks the caller again and refuses what the
 * rules do not allow; the person then sees why, and nothing changed.
 */
@Named
@RequestScoped
public class ConsultationActions {

  @Inject Consultations consultations;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject ConsultationDetailView detail;

  // ○/△/× (YES, MAYBE, NO) and a note per slot id, as the answer form posts them.
  private final Map<Long, String> choices = new HashMap<>();
  private final Map<Long, String> notes = new HashMap<>();
  private String answerAs = OFFICE;
  private String attendee;
  private boolean prefilled;
  private Long slotId;
  private String reason;
  private final SlotRows newSlots = new SlotRows();
  private final SlotRows addedSlot = new SlotRows(1);
  private String agendaTitle;
  private Long agendaItemId;
  private Part file;
  private String actionTitle;
  private String actionOwner;
  private LocalDate actionDue;

  /** Whose answer the form gives: the office's for its head, or one attendee's. */
  static final String OFFICE = "OFFICE";

  static final String ATTENDEE = "ATTENDEE";

  public void answer() {
    run(
        () -> {
          Map<Long, SlotChoice> given = given();
          if (ATTENDEE.equals(answerAs)) {
            consultations.answerFor(id(), attendee, given);
          } else {
            consultations.answer(id(), given);
          }
        },
        "consultation.done.answered");
  }

  /** The slots answered, each with its note; a slot left without ○/△/× is not among them. */
  Map<Long, SlotChoice> given() {
    Map<Long, SlotChoice> given = new HashMap<>();
    choices.forEach(
        (slot, choice) ->
            Arrays.stream(Availability.values())
                .filter(a -> a.name().equals(choice))
                .findFirst()
                .ifPresent(a -> given.put(slot, new SlotChoice(a, notes.get(slot)))));
    return given;
  }

  public void confirm() {
    run(
        () -> {
          if (slotId == null) {
            throw new ConsultationRefused("consultation.error.no-such-slot");
          }
          consultations.confirm(id(), slotId);
        },
        "consultation.done.confirmed");
  }

  public void reschedule() {
    run(
        () -> consultations.reschedule(id(), newSlots.proposals(), reason),
        "consultation.done.rescheduled");
  }

  public void addSlot() {
    run(
        () ->
            consultations.addSlot(
                id(),
                addedSlot.proposals().stream()
                    .findFirst()
                    .orElseThrow(
                        () -> new ConsultationRefused("consultation.error.slot-required"))),
        "consultation.done.slot-added");
  }

  public void cancel() {
    run(() -> consultations.cancel(id(), reason), "consultation.done.cancelled");
  }

  public void addAgendaItem() {
    run(() -> consultations.addAgendaItem(id(), agendaTitle), "agenda.done.added");
  }

  /** Attaches the uploaded file (checked by the boundary) to the chosen agenda item. */
  public void attach() {
    if (file == null || agendaItemId == null) {
      FacesMessages.error("file.error.required");
      return;
    }
    byte[] content = Uploads.read(file, CheckedFile.MAX_BYTES);
    run(
        () -> consultations.attach(id(), agendaItemId, file.getSubmittedFileName(), content),
        "agenda.done.attached");
  }

  public void addActionItem() {
    run(
        () -> consultations.addActionItem(id(), actionTitle, actionOwner, actionDue),
        "action.done.added");
  }

  public void markDone(long actionId) {
    run(() -> consultations.markDone(id(), actionId), "action.done.done");
  }

  private void run(Runnable step, String doneKey) {
    steps.run(step, doneKey, "consultations/" + id());
  }

  private long id() {
    return tenant.getPathId();
  }

  /** The ○/△/× per slot; on the page's first showing, the office's answers so far. */
  public Map<Long, String> getChoices() {
    startFromTheOfficesAnswers();
    return choices;
  }

  public Map<Long, String> getNotes() {
    startFromTheOfficesAnswers();
    return notes;
  }

  private void startFromTheOfficesAnswers() {
    if (!prefilled && !FacesContext.getCurrentInstance().isPostback()) {
      prefilled = true;
      detail.prefill(choices, notes);
    }
  }

  public String getAnswerAs() {
    return answerAs;
  }

  public void setAnswerAs(String answerAs) {
    this.answerAs = answerAs;
  }

  public String getAttendee() {
    return attendee;
  }

  public void setAttendee(String attendee) {
    this.attendee = attendee;
  }

  /** The slot to confirm; on the page's first showing, the one the answers favour. */
  public Long getSlotId() {
    if (slotId == null && !FacesContext.getCurrentInstance().isPostback()) {
      slotId = detail.getRead().consultation().bestSlotIds().stream().findFirst().orElse(null);
    }
    return slotId;
  }

  public void setSlotId(Long slotId) {
    this.slotId = slotId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public SlotRows getNewSlots() {
    return newSlots;
  }

  public SlotRows getAddedSlot() {
    return addedSlot;
  }

  public String getAgendaTitle() {
    return agendaTitle;
  }

  public void setAgendaTitle(String agendaTitle) {
    this.agendaTitle = agendaTitle;
  }

  public Long getAgendaItemId() {
    return agendaItemId;
  }

  public void setAgendaItemId(Long agendaItemId) {
    this.agendaItemId = agendaItemId;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getActionTitle() {
    return actionTitle;
  }

  public void setActionTitle(String actionTitle) {
    this.actionTitle = actionTitle;
  }

  public String getActionOwner() {
    return actionOwner;
  }

  public void setActionOwner(String actionOwner) {
    this.actionOwner = actionOwner;
  }

  public LocalDate getActionDue() {
    return actionDue;
  }

  public void setActionDue(LocalDate actionDue) {
    this.actionDue = actionDue;
  }
}
