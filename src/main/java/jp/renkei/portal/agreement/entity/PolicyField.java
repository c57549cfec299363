package jp.renkei.portal.agreement.entity;

import java.util.Arrays;
import java.util.List;

/**
 * The policy fields 要綱 第5(2)④ lists for an agreement's initiatives: under ア (a–e) and イ (a–d), and
 * under each viewpoint of ウ — A (a–h), B (a–f), C (a–f). A field says its role and viewpoint, so an
 * initiative is filed once and the checklist, the cooperation matrix and comparisons between
 * circles all read the same codes. Labels: {@code agreement.policy-field.<NAME>}.
 */
public enum PolicyField {
  GROWTH_STRATEGY(AgreementRole.ECONOMIC_GROWTH, null, 'a'),
  GROWTH_INDUSTRY(AgreementRole.ECONOMIC_GROWTH, null, 'b'),
  GROWTH_LOCAL_RESOURCES(AgreementRole.ECONOMIC_GROWTH, null, 'c'),
  GROWTH_TOURISM(AgreementRole.ECONOMIC_GROWTH, null, 'd'),
  GROWTH_OTHER(AgreementRole.ECONOMIC_GROWTH, null, 'e'),
  URBAN_MEDICAL(AgreementRole.URBAN_FUNCTIONS, null, 'a'),
  URBAN_HUBS_TRANSPORT(AgreementRole.URBAN_FUNCTIONS, null, 'b'),
  URBAN_HIGHER_EDUCATION(AgreementRole.URBAN_FUNCTIONS, null, 'c'),
  URBAN_OTHER(AgreementRole.URBAN_FUNCTIONS, null, 'd'),
  LIFE_MEDICAL(AgreementRole.LIVING_SERVICES, Viewpoint.LIFE_FUNCTIONS, 'a'),
  LIFE_CARE(AgreementRole.LIVING_SERVICES, Viewpoint.LIFE_FUNCTIONS, 'b'),
  LIFE_WELFARE(AgreementRole.LIVING_SERVICES, Viewpoint.LIFE_FUNCTIONS, 'c'),
  LIFE_EDUCATION(AgreementRole.LIVING_SERVICES, Viewpoint.LIFE_FUNCTIONS, 'd'),
  LIFE_LAND_USE(AgreementRole.LIVING_SERVICES, Viewpoint.LIFE_FUNCTIONS, 'e'),
  LIFE_REGIONAL(AgreementRole.LIVING_SERVICES, Viewpoint.LIFE_FUNCTIONS, 'f'),
  LIFE_DISASTER(AgreementRole.LIVING_SERVICES, Viewpoint.LIFE_FUNCTIONS, 'g'),
  LIFE_ENVIRONMENT(AgreementRole.LIVING_SERVICES, Viewpoint.LIFE_FUNCTIONS, 'h'),
  NETWORK_TRANSPORT(AgreementRole.LIVING_SERVICES, Viewpoint.NETWORKS, 'a'),
  NETWORK_DIGITAL(AgreementRole.LIVING_SERVICES, Viewpoint.NETWORKS, 'b'),
  NETWORK_ROADS(AgreementRole.LIVING_SERVICES, Viewpoint.NETWORKS, 'c'),
  NETWORK_LOCAL_PRODUCE(AgreementRole.LIVING_SERVICES, Viewpoint.NETWORKS, 'd'),
  NETWORK_EXCHANGE(AgreementRole.LIVING_SERVICES, Viewpoint.NETWORKS, 'e'),
  NETWORK_OTHER(AgreementRole.LIVING_SERVICES, Viewpoint.NETWORKS, 'f'),
  MANAGEMENT_TRAINING(AgreementRole.LIVING_SERVICES, Viewpoint.AREA_MANAGEMENT, 'a'),
  MANAGEMENT_RECRUITMENT(AgreementRole.LIVING_SERVICES, Viewpoint.AREA_MANAGEMENT, 'b'),
  MANAGEMENT_STAFF_EXCHANGE(AgreementRole.LIVING_SERVICES, Viewpoint.AREA_MANAGEMENT, 'c'),
  MANAGEMENT_FACILITIES(AgreementRole.LIVING_SERVICES, Viewpoint.AREA_MANAGEMENT, 'd'),
  MANAGEMENT_JOINT_WORK(AgreementRole.LIVING_SERVICES, Viewpoint.AREA_MANAGEMENT, 'e'),
  MANAGEMENT_OTHER(AgreementRole.LIVING_SERVICES, Viewpoint.AREA_MANAGEMENT, 'f');

  private final AgreementRole role;
  private final Viewpoint viewpoint;
  private final char letter;

  PolicyField(AgreementRole role, Viewpoint viewpoint, char letter) {
    this.role = role;
    this.viewpoint = viewpoint;
    this.letter = letter;
  }

  public AgreementRole role() {
    return role;
  }

  /** The viewpoint under ウ; null under ア and イ. */
  public Viewpoint viewpoint() {
    return viewpoint;
  }

  /** The 要綱's own number: {@code ア-a}, {@code ウ-B-e}. */
  public String code() {
    return role.mark() + (viewpoint == null ? "" : "-" + viewpoint.mark()) + "-" + letter;
  }

  public String messageKey() {
    return "agreement.policy-field." + name();
  }

  /** The fields under one role and viewpoint, in the 要綱's order: one group of the form's list. */
  public static List<PolicyField> under(AgreementRole role, Viewpoint viewpoint) {
    return Arrays.stream(values()).filter(f -> f.role == role && f.viewpoint == viewpoint).toList();
  }
}
