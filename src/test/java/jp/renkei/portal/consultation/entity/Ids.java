package jp.renkei.portal.consultation.entity;

import java.lang.reflect.Field;

/** Gives entities the ids the database would, for tests of rules that refer to them. */
final class Ids {

  private Ids() {}

  static <T> T assign(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Numbers the slots of a consultation 1, 2, … in their order. */
  static Consultation numberSlots(Consultation consultation) {
    long id = 1;
    for (ConsultationSlot slot : consultation.slots()) {
      assign(slot, id++);
    }
    return consultation;
  }
}
