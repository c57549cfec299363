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
    EXECUTION,
    CONSULTATION,
    TERM;

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
    require(missing, Item.EXECUTION, !isBlank(text.execution()));
    require(
        missing,
        Item.CONSULTATION,
        text.consultationMonths() != null && text.consultationMonths() > 0);
    require(missing, Item.TERM, !isBlank(text.termText()));
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
        initiatives,
        i ->
            i.role() == AgreementRole.LIVING_SERVICES
                && i.viewpoint() == viewpoint
                && !isBlank(i.policyField()));
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
