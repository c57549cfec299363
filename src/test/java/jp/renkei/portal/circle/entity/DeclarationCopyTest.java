package jp.renkei.portal.circle.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 要綱 第7(1): the declaration's copies go to the governor of the central city's prefecture and of
 * every prefecture a municipality named in ⑤⑥ lies in, and to the Ministry; the prefecture
 * acknowledges its own once.
 */
class DeclarationCopyTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 0);
  private static final LocalDate TODAY = NOW.toLocalDate();

  @Test
  void aCircleAcrossTheBorderCopiesBothGovernorsAndTheMinistry() {
    assertEquals(
        List.of("GOVERNOR:33", "GOVERNOR:34", "MINISTRY"),
        DeclarationCopy.required(List.of("342076"), Set.of("342041", "332054", "332071")),
        "福山市 in 広島県, 笠岡市 and 井原市 in 岡山県");
    assertEquals(
        List.of("GOVERNOR:31", "GOVERNOR:32", "MINISTRY"),
        DeclarationCopy.required(List.of("322016", "312029"), Set.of()),
        "two central cities in two prefectures");
  }

  @Test
  void aCopyIsRecordedOnceBetweenTheDeclarationAndTodayAndAcknowledgedByItsPrefecture()
      throws ReflectiveOperationException {
    Declaration declaration =
        new Declaration(
            1,
            TODAY.minusDays(5),
            new Declaration.Items("①", "②", "③", "④", "平内町", null, null),
            List.of(),
            TODAY,
            "aomori-mayor",
            NOW);
    var id = Declaration.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(declaration, 1L); // as saved
    List<String> needed = DeclarationCopy.required(List.of("022012"), Set.of("023035"));
    assertEquals(
        "declaration.error.not-a-copy-recipient",
        assertThrows(
                CircleChangeRefused.class,
                () ->
                    new DeclarationCopy(
                        declaration, "GOVERNOR:20", needed, TODAY, TODAY, "mayor", NOW))
            .messageKey());
    assertEquals(
        "declaration.error.copy-date",
        assertThrows(
                CircleChangeRefused.class,
                () ->
                    new DeclarationCopy(
                        declaration, "GOVERNOR:02", needed, TODAY.plusDays(1), TODAY, "m", NOW))
            .messageKey());

    DeclarationCopy copy =
        new DeclarationCopy(declaration, "GOVERNOR:02", needed, TODAY, TODAY, "mayor", NOW);
    assertEquals(
        "declaration.error.not-your-copy",
        assertThrows(
                CircleChangeRefused.class, () -> copy.acknowledge(Set.of("20"), TODAY, "nagano"))
            .messageKey());
    copy.acknowledge(Set.of("02"), TODAY, "aomori-pref");
    assertTrue(copy.isAcknowledged());
    assertEquals(
        "declaration.error.copy-acknowledged",
        assertThrows(
                CircleChangeRefused.class, () -> copy.acknowledge(Set.of("02"), TODAY, "again"))
            .messageKey());
  }
}
