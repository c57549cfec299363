package jp.renkei.portal.it.pages.consultation;

import java.util.List;
import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/**
 * {@code webapp/consultation/detail.xhtml}: one consultation — the slots and the offices' answers,
 * confirmation, reschedule and cancellation, the agenda with materials and the action items.
 */
public final class ConsultationDetailPage extends Page {

  public ConsultationDetailPage(Browser browser) {
    super(browser);
  }

  public static ConsultationDetailPage open(Browser browser, String slug, long id) {
    browser.visit("/c/" + slug + "/consultations/" + id);
    return new ConsultationDetailPage(browser);
  }

  public String title() {
    return text("consultation-title");
  }

  public String status() {
    return text("consultation-status");
  }

  public String confirmedSlot() {
    return text("confirmed-slot");
  }

  public String changeBanner() {
    return text("change-banner");
  }

  /** The ids of the candidate slots in the table, in time order. */
  public List<String> slotIds() {
    browser.find(By.id("slot-table"));
    return browser.driver().findElements(By.cssSelector("#slot-table tbody tr")).stream()
        .map(tr -> tr.getAttribute("id").substring("slot-".length()))
        .toList();
  }

  public String slotTable() {
    return text("slot-table");
  }

  /** The row of one slot with every office's answer. */
  public String slotRow(String slotId) {
    return text("slot-" + slotId);
  }

  /** A partner's office answers for its head: ○ for the slots given, × for the others. */
  public void answer(String... workingSlotIds) {
    List<String> working = List.of(workingSlotIds);
    java.util.Map<String, String> choices = new java.util.HashMap<>();
    for (String slot : slotIds()) {
      choices.put(slot, working.contains(slot) ? "YES" : "NO");
    }
    answer(null, choices, java.util.Map.of());
  }

  /**
   * Answers ○/△/× ({@code YES}, {@code MAYBE}, {@code NO}) with notes, by slot id — for the office,
   * or for one attendee when {@code attendee} is given. A slot not in {@code choices} is left as
   * the form shows it.
   */
  public void answer(
      String attendee, java.util.Map<String, String> choices, java.util.Map<String, String> notes) {
    if (attendee != null) {
      tick("answer-form:as", "ATTENDEE");
      type("answer-form:attendee", attendee);
    }
    List<String> slots = slotIds();
    for (int row = 0; row < slots.size(); row++) {
      String choice = choices.get(slots.get(row));
      if (choice != null) {
        tick("answer-form:slot:" + row + ":choice", choice);
      }
      String note = notes.get(slots.get(row));
      if (note != null) {
        type("answer-form:slot:" + row + ":note", note);
      }
    }
    press("answer-form:answer");
  }

  /** The ○/△/× already chosen in the answer form, by slot id (the office's answers so far). */
  public java.util.Map<String, String> chosen() {
    java.util.Map<String, String> chosen = new java.util.HashMap<>();
    List<String> slots = slotIds();
    for (int row = 0; row < slots.size(); row++) {
      for (var radio :
          browser
              .driver()
              .findElements(By.cssSelector("input[name='answer-form:slot:" + row + ":choice']"))) {
        if (radio.isSelected()) {
          chosen.put(slots.get(row), radio.getAttribute("value"));
        }
      }
    }
    return chosen;
  }

  /** Whether a slot's row carries the "best" mark. */
  public boolean isBest(String slotId) {
    return !browser.driver().findElements(By.id("best-" + slotId)).isEmpty();
  }

  /** The slot the confirm form offers first. */
  public String slotOfferedForConfirmation() {
    return new org.openqa.selenium.support.ui.Select(browser.find(By.id("confirm-form:slot")))
        .getFirstSelectedOption()
        .getAttribute("value");
  }

  public boolean offersAnswer() {
    return shows("answer-form:answer");
  }

  public void confirm(String slotId) {
    select("confirm-form:slot", slotId);
    press("confirm-form:confirm");
  }

  /** Chooses a slot, presses confirm and answers "cancel" to the question; returns the question. */
  public String confirmDeclining(String slotId) {
    select("confirm-form:slot", slotId);
    return browser.pressDeclining(By.id("confirm-form:confirm"));
  }

  /** Confirms the only slot there is. */
  public void confirm() {
    press("confirm-form:confirm");
  }

  public ConsultationDetailPage rescheduleSlot(
      int row, String date, String starts, String ends, String place) {
    SlotForm.fill(browser, "reschedule-form", row, date, starts, ends, place);
    return this;
  }

  /** The central city offers one more candidate time; the answers given so far stay. */
  public void addSlot(String date, String starts, String ends, String place) {
    SlotForm.fill(browser, "add-slot-form", 0, date, starts, ends, place);
    press("add-slot-form:add-slot");
  }

  public void reschedule(String reason) {
    if (reason != null) {
      type("reschedule-form:reschedule-reason", reason);
    }
    press("reschedule-form:reschedule");
  }

  public void cancel(String reason) {
    type("cancel-form:cancel-reason", reason);
    press("cancel-form:cancel");
  }

  public void proposeAgendaItem(String title) {
    type("agenda-form:agenda-title", title);
    press("agenda-form:add-agenda");
  }

  public String agenda() {
    return text("agenda");
  }

  /** Uploads a file as material of the (first) agenda item. */
  public void attach(String file) {
    browser.find(By.id("upload-form:file")).sendKeys(file);
    press("upload-form:upload");
  }

  public boolean hasMaterial() {
    return browser.isPresent(By.cssSelector(".material-link"));
  }

  /** The first material as listed: its name and size. */
  public String materialLine() {
    return browser.find(By.cssSelector(".material-link")).findElement(By.xpath("..")).getText();
  }

  /** The address of the first material, from {@code /c/…} on. */
  public String materialPath() {
    String href = browser.find(By.cssSelector(".material-link")).getAttribute("href");
    return href.substring(href.indexOf("/c/"));
  }

  public void addActionItem(String title, String owner, String due) {
    type("action-form:action-title", title);
    select("action-form:action-owner", owner);
    browser.setValue("action-form:action-due", due);
    press("action-form:add-action");
  }

  public String actionItems() {
    return text("action-table");
  }

  /** The owner marks the action item whose title contains this done. */
  public void markDone(String title) {
    browser.driver().findElements(By.cssSelector("#action-table tr")).stream()
        .filter(tr -> tr.getText().contains(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no action item " + title))
        .findElement(By.cssSelector("input[type=submit]"))
        .click();
    browser.waitForText(By.id("messages"), "完了にしました");
  }
}
