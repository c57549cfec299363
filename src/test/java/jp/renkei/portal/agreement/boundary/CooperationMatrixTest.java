package jp.renkei.portal.agreement.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.renkei.portal.agreement.boundary.CooperationMatrix.Entry;
import jp.renkei.portal.agreement.boundary.CooperationMatrix.Field;
import jp.renkei.portal.agreement.entity.AgreementRole;
import jp.renkei.portal.agreement.entity.PolicyField;
import jp.renkei.portal.agreement.entity.Viewpoint;
import org.junit.jupiter.api.Test;

/** The matrix the councils read: every field a row, counts by partner, the totals agree. */
class CooperationMatrixTest {

  private static final Field A = new Field(AgreementRole.ECONOMIC_GROWTH, null);
  private static final Field U_B = new Field(AgreementRole.LIVING_SERVICES, Viewpoint.NETWORKS);
  private static final Field U_NONE = new Field(AgreementRole.LIVING_SERVICES, null);

  private final CooperationMatrix matrix =
      new CooperationMatrix(
          List.of(
              new Entry("023043", A, PolicyField.GROWTH_TOURISM, "戦略的な観光施策の展開"),
              new Entry("023035", A, PolicyField.GROWTH_INDUSTRY, "ホタテの販路拡大"),
              new Entry("023035", A, PolicyField.GROWTH_TOURISM, "陸奥湾観光"),
              new Entry("023035", U_B, PolicyField.NETWORK_TRANSPORT, "路線バスの維持"),
              new Entry("023043", U_NONE, null, "観点の記載のない取組")));

  @Test
  void everyFieldOfTheGuidelineIsARowInItsOrderThenAnyOther() {
    List<Field> fields = matrix.fields();
    assertEquals(
        List.of("ア", "イ", "ウA", "ウB", "ウC", "ウ"), fields.stream().map(Field::mark).toList());
    assertEquals(0, matrix.count(fields.get(1)), "イ is empty and still shown");
  }

  @Test
  void countsByFieldAndPartnerAddUp() {
    assertEquals(List.of("023035", "023043"), matrix.partners());
    assertEquals(2, matrix.count(A, "023035"));
    assertEquals(1, matrix.count(A, "023043"));
    assertEquals(3, matrix.count(A));
    assertEquals(3, matrix.count("023035"));
    long byFields = matrix.fields().stream().mapToLong(matrix::count).sum();
    long byPartners = matrix.partners().stream().mapToLong(matrix::count).sum();
    assertEquals(matrix.entries().size(), byFields);
    assertEquals(matrix.entries().size(), byPartners);
  }

  @Test
  void aFieldListsItsInitiativesPartnerByPartner() {
    assertEquals(
        List.of("023035", "023035", "023043"),
        matrix.in(A).stream().map(Entry::partnerCode).toList());
    assertTrue(new CooperationMatrix(List.of()).isEmpty());
  }
}
