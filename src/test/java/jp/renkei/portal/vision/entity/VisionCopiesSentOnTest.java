package jp.renkei.portal.vision.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 要綱 第7(3): the copies of an adopted vision sent on — the central city's to its governor and the
 * Ministry, each partner's to its own governor — and their acknowledgement by the prefecture.
 */
class VisionCopiesSentOnTest {

  private static final LocalDateTime ADOPTED = LocalDateTime.of(2026, 4, 1, 9, 0);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final String AOMORI = "022012";
  private static final String HIRANAI = "023035";

  private static VisionVersion adopted() {
    VisionVersion v = new VisionVersion(1, 1, "ビジョン", 2026, 2030, "aomori-mayor", ADOPTED);
    try {
      Field id = VisionVersion.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(v, 7L);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    v.adopt("aomori-mayor", ADOPTED, null);
    return v;
  }

  @Test
  void theCentralCitySendsToItsGovernorAndTheMinistryEachPartnerToItsOwnGovernor() {
    assertEquals(
        List.of(
            new VisionFiling.Required(AOMORI, "GOVERNOR:02"),
            new VisionFiling.Required(AOMORI, VisionFiling.MINISTRY),
            new VisionFiling.Required(HIRANAI, "GOVERNOR:02"),
            new VisionFiling.Required("332054", "GOVERNOR:33")),
        VisionFiling.required(List.of(AOMORI), List.of(HIRANAI, "332054")));
  }

  @Test
  void aCopyIsOneTheVisionNeedsSentBetweenItsAdoptionAndToday() {
    VisionVersion v = adopted();
    List<VisionFiling.Required> needed = VisionFiling.required(List.of(AOMORI), List.of(HIRANAI));
    VisionFiling.Required toGovernor = new VisionFiling.Required(HIRANAI, "GOVERNOR:02");
    assertEquals(
        "vision.error.not-a-copy-recipient",
        assertThrows(
                VisionRefused.class,
                () ->
                    new VisionFiling(
                        v,
                        new VisionFiling.Required(HIRANAI, VisionFiling.MINISTRY),
                        needed,
                        TODAY,
                        TODAY,
                        "hiranai-staff",
                        ADOPTED))
            .messageKey());
    for (LocalDate wrong :
        new LocalDate[] {ADOPTED.toLocalDate().minusDays(1), TODAY.plusDays(1)}) {
      assertEquals(
          "vision.error.copy-date",
          assertThrows(
                  VisionRefused.class,
                  () -> new VisionFiling(v, toGovernor, needed, wrong, TODAY, "x", ADOPTED))
              .messageKey());
    }
    VisionFiling sent =
        new VisionFiling(v, toGovernor, needed, TODAY, TODAY, "hiranai-staff", ADOPTED);
    assertEquals(toGovernor, sent.required());
  }

  @Test
  void onlyThePrefectureOfTheGovernorAcknowledgesOnce() {
    VisionVersion v = adopted();
    List<VisionFiling.Required> needed = VisionFiling.required(List.of(AOMORI), List.of(HIRANAI));
    VisionFiling toGovernor =
        new VisionFiling(
            v,
            new VisionFiling.Required(HIRANAI, "GOVERNOR:02"),
            needed,
            TODAY,
            TODAY,
            "x",
            ADOPTED);
    VisionFiling toMinistry =
        new VisionFiling(
            v,
            new VisionFiling.Required(AOMORI, VisionFiling.MINISTRY),
            needed,
            TODAY,
            TODAY,
            "x",
            ADOPTED);
    assertThrows(VisionRefused.class, () -> toGovernor.acknowledge(Set.of("20"), TODAY, "nagano"));
    assertThrows(VisionRefused.class, () -> toMinistry.acknowledge(Set.of("02"), TODAY, "aomori"));
    assertFalse(toGovernor.isAcknowledged());
    toGovernor.acknowledge(Set.of("02"), TODAY, "aomori-pref");
    assertTrue(toGovernor.isAcknowledged());
    assertEquals(
        "vision.error.copy-acknowledged",
        assertThrows(
                VisionRefused.class, () -> toGovernor.acknowledge(Set.of("02"), TODAY, "again"))
            .messageKey());
  }
}
