package jp.renkei.portal.agreement.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a draft still lacks of the clauses 要綱 第5(2) requires; a draft with anything missing cannot
 * go to the residents. Each missing item is a bundle key ({@code agreement.checklist.<ITEM>}).
 */
public final class Checklist {

  /** The required items, in the order of the guideline. */
  public enum Item {
    PURPOSE,
    BASIC_POLICY,
    ROLE_ECONOMIC_GROWTH,
    ROLE_URBAN_FUNCTIONS,
    LIVING_SERVICES_LIFE_FUNCTIONS,
    LIVING_SERVICES_NETWORKS,
    LIVING_SERVICES_AREA_MANAGEMENT,
    ROLE_SHARING,
    EXECUTION,
    CONSULTATION,
    TERM,
    TERMINATION_WORDING;

    public String messageKey() {
      return "agreement.checklist." + name();
    }
  }

  private final List<Item> missing;

  private Checklist(List<Item> missing) {
    this.missing = List.copyOf(missing);
  }

  public static Checklist of(AgreementText text, List<Initiative> initiatives) {
    List<Item> missing = new ArrayList<>();
    require(missing, Item.PURPOSE, !isBlank(text.purpose()));
    require(missing, Item.BASIC_POLICY, !isBlank(text.basicPolicy()));
    require(
        missing,
        Item.ROLE_ECONOMIC_GROWTH,
        any(initiatives, i -> i.role() == AgreementRole.ECONOMIC_GROWTH));
    require(
        missing,
        Item.ROLE_URBAN_FUNCTIONS,
        any(initiatives, i -> i.role() == AgreementRole.URBAN_FUNCTIONS));
    require(
        missing,
        Item.LIVING_SERVICES_LIFE_FUNCTIONS,
        hasField(initiatives, Viewpoint.LIFE_FUNCTIONS));
    require(missing, Item.LIVING_SERVICES_NETWORKS, hasField(initiatives, Viewpoint.NETWORKS));
    require(
        missing,
        Item.LIVING_SERVICES_AREA_MANAGEMENT,
        hasField(initiatives, Viewpoint.AREA_MANAGEMENT));
    require(
        missing,
        Item.ROLE_SHARING,
        !initiatives.isEmpty() && initiatives.stream().allMatch(Initiative::sharesRoles));
    require(missing, Item.EXECUTION, !isBlank(text.execution()));
    require(
        missing,
        Item.CONSULTATION,
        text.consultationMonths() != null
            && text.consultationMonths() > 0
            && !isBlank(text.consultationText()));
    require(missing, Item.TERM, !isBlank(text.termText()));
    require(missing, Item.TERMINATION_WORDING, terminationAgrees(text));
    return new Checklist(missing);
  }

  public List<Item> missing() {
    return missing;
  }

  public boolean isComplete() {
    return missing.isEmpty();
  }

  /** Every item with whether it is there, for the checklist on the page. */
  public List<Item> all() {
    return List.of(Item.values());
  }

  public boolean isMissing(Item item) {
    return missing.contains(item);
  }

  private static boolean hasField(List<Initiative> initiatives, Viewpoint viewpoint) {
    return any(
        initiatives, i -> i.policyField() != null && i.policyField().viewpoint() == viewpoint);
  }

  /**
   * ⑦ and the termination flag say the same: an agreement that may lapse on notice says so in its
   * text (通告), one that may not does not promise it. Nothing to compare while ⑦ is empty.
   */
  static boolean terminationAgrees(AgreementText text) {
    if (isBlank(text.termText())) {
      return true;
    }
    return text.termText().contains("通告") == text.terminationClause();
  }

  private static boolean any(List<Initiative> initiatives, Predicate<Initiative> test) {
    return initiatives.stream().anyMatch(test);
  }

  private static void require(List<Item> missing, Item item, boolean present) {
    if (!present) {
      missing.add(item);
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
