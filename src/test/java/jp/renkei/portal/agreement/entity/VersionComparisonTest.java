package jp.renkei.portal.agreement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jp.renkei.portal.agreement.control.VersionComparison;
import jp.renkei.portal.agreement.control.VersionComparison.ClauseChange;
import jp.renkei.portal.platform.text.TextDiff.Segment;
import org.junit.jupiter.api.Test;

class VersionComparisonTest {

  @Test
  void showsClauseByClauseWhatAnAmendmentChanged() {
    AgreementVersion first = AgreementLifecycleTest.concluded();
    AgreementVersion amendment = first.agreement().startAmendment(first.concludedOn().plusDays(1));
    List<Initiative> initiatives = new ArrayList<>(amendment.initiatives());
    initiatives.add(new Initiative(PolicyField.GROWTH_LOCAL_RESOURCES, "六次産業化", "支援", "企画", "周知"));
    AgreementText text = amendment.text();
    amendment.revise(
        new AgreementText(
            "圏域の目的",
            text.basicPolicy(),
            text.execution(),
            6,
            text.consultationText(),
            text.termText(),
            text.terminationClause(),
            text.lapseYears(),
            text.disputes()),
        initiatives,
        "aomori-mayor");

    List<ClauseChange> changes =
        VersionComparison.between(
            first,
            amendment,
            (clause, t) ->
                clause == Clause.CONSULTATION
                    ? "every " + t.consultationMonths() + " months"
                    : null);

    ClauseChange purpose = find(changes, Clause.PURPOSE);
    assertTrue(purpose.changed());
    assertEquals(
        List.of(new Segment(Segment.Kind.ADDED, "圏域の"), new Segment(Segment.Kind.KEPT, "目的")),
        purpose.segments());
    assertTrue(find(changes, Clause.CONSULTATION).changed());
    ClauseChange added = find(changes, Clause.INITIATIVES);
    assertTrue(
        added.segments().stream()
            .anyMatch(s -> s.kind() == Segment.Kind.ADDED && s.text().contains("六次産業化")));
    assertFalse(find(changes, Clause.BASIC_POLICY).changed());
  }

  private static ClauseChange find(List<ClauseChange> changes, Clause clause) {
    return changes.stream().filter(c -> c.clause() == clause).findFirst().orElseThrow();
  }
}
