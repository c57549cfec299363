package jp.renkei.portal.agreement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 要綱 第5(2)④ coded: the 要綱's policy fields, the 役割分担 of every initiative, ⑥ with its text and ⑦
 * agreeing with the lapse-on-notice flag.
 */
class CodedInitiativesTest {

  @Test
  void theFieldsAreTheGuidelinesListUnderEachRoleAndViewpoint() {
    assertEquals(5, PolicyField.under(AgreementRole.ECONOMIC_GROWTH, null).size(), "ア a–e");
    assertEquals(4, PolicyField.under(AgreementRole.URBAN_FUNCTIONS, null).size(), "イ a–d");
    assertEquals(
        8, PolicyField.under(AgreementRole.LIVING_SERVICES, Viewpoint.LIFE_FUNCTIONS).size());
    assertEquals(6, PolicyField.under(AgreementRole.LIVING_SERVICES, Viewpoint.NETWORKS).size());
    assertEquals(
        6, PolicyField.under(AgreementRole.LIVING_SERVICES, Viewpoint.AREA_MANAGEMENT).size());
    assertEquals(
        PolicyField.values().length,
        new HashSet<>(Arrays.stream(PolicyField.values()).map(PolicyField::code).toList()).size(),
        "every number once");
    assertEquals("ア-a", PolicyField.GROWTH_STRATEGY.code());
    assertEquals("イ-d", PolicyField.URBAN_OTHER.code());
    assertEquals("ウ-A-h", PolicyField.LIFE_ENVIRONMENT.code());
    assertEquals("ウ-C-f", PolicyField.MANAGEMENT_OTHER.code());
  }

  @Test
  void anInitiativeTakesItsRoleAndViewpointFromItsField() {
    Initiative bus = new Initiative(PolicyField.NETWORK_TRANSPORT, "バス", "路線の維持", " ", null);
    assertEquals(AgreementRole.LIVING_SERVICES, bus.role());
    assertEquals(Viewpoint.NETWORKS, bus.viewpoint());
    assertNull(bus.centralRole(), "a blank part is no part");
    Initiative tourism = new Initiative(PolicyField.GROWTH_TOURISM, "観光", "誘客", "企画", "周知");
    assertNull(tourism.viewpoint());
    assertTrue(tourism.asLine().startsWith("ア-d 観光"), tourism.asLine());
  }

  @Test
  void everyInitiativeSharesItsRolesBeforeTheDraftIsComplete() {
    List<Initiative> initiatives = new ArrayList<>(AgreementLifecycleTest.completeInitiatives());
    assertTrue(Checklist.of(AgreementLifecycleTest.completeText(), initiatives).isComplete());
    initiatives.add(new Initiative(PolicyField.LIFE_CARE, "介護", "連携", "企画", ""));
    assertEquals(
        List.of(Checklist.Item.ROLE_SHARING),
        Checklist.of(AgreementLifecycleTest.completeText(), initiatives).missing());
  }

  @Test
  void theConsultationClauseNeedsItsTextAsWellAsItsInterval() {
    AgreementText text = withConsultationAndTerm(" ", "期間は定めない。通告の日から2年で失効する", true);
    assertEquals(
        List.of(Checklist.Item.CONSULTATION),
        Checklist.of(text, AgreementLifecycleTest.completeInitiatives()).missing());
  }

  @Test
  void theTermsWordingAgreesWithTheLapseOnNoticeFlag() {
    AgreementText promisedWithoutFlag =
        withConsultationAndTerm("毎年協議する", "期間は定めない。通告の日から2年で失効する", false);
    assertEquals(
        List.of(Checklist.Item.TERMINATION_WORDING),
        Checklist.of(promisedWithoutFlag, AgreementLifecycleTest.completeInitiatives()).missing());
    AgreementText flagWithoutWording = withConsultationAndTerm("毎年協議する", "期間は定めない", true);
    assertEquals(
        List.of(Checklist.Item.TERMINATION_WORDING),
        Checklist.of(flagWithoutWording, AgreementLifecycleTest.completeInitiatives()).missing());
    AgreementText neither = withConsultationAndTerm("毎年協議する", "期間は定めない", false);
    assertTrue(Checklist.of(neither, AgreementLifecycleTest.completeInitiatives()).isComplete());
  }

  private static AgreementText withConsultationAndTerm(
      String consultation, String term, boolean lapsesOnNotice) {
    return new AgreementText(
        "目的", "基本方針", "費用は取組ごとに協議", 12, consultation, term, lapsesOnNotice, 2, "協議");
  }
}
