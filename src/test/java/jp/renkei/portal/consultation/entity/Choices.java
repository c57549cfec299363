package jp.renkei.portal.consultation.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** Answers for a consultation's slots as a test writes them. */
public final class Choices {

  private Choices() {}

  /** ○ for the slots {@code yes}, × for every other slot of {@code c}. */
  public static Map<Long, SlotChoice> working(Consultation c, long... yes) {
    Set<Long> works = LongStream.of(yes).boxed().collect(Collectors.toSet());
    Map<Long, SlotChoice> choices = new HashMap<>();
    for (ConsultationSlot s : c.slots()) {
      choices.put(
          s.id(),
          new SlotChoice(works.contains(s.id()) ? Availability.YES : Availability.NO, null));
    }
    return choices;
  }
}
