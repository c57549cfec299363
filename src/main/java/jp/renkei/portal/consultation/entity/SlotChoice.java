package jp.renkei.portal.consultation.entity;

/**
 * What somebody answers for one candidate slot: ○/△/× and, if they like, a note ("午後なら可", "代理出席").
 */
public record SlotChoice(Availability availability, String note) {

  public static final int MAX_NOTE = 200;

  public SlotChoice {
    if (availability == null) {
      throw new ConsultationRefused("consultation.error.answer-every-slot");
    }
    note = note == null || note.isBlank() ? null : note.strip();
    if (note != null && note.length() > MAX_NOTE) {
      throw new ConsultationRefused("consultation.error.note-too-long");
    }
  }
}
