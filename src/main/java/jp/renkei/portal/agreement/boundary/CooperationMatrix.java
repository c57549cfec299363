package jp.renkei.portal.agreement.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import jp.renkei.portal.agreement.entity.AgreementRole;
import jp.renkei.portal.agreement.entity.PolicyField;
import jp.renkei.portal.agreement.entity.Viewpoint;

/**
 * Where a circle's cooperation is: the initiatives of its agreements in force by the 要綱's fields
 * (第5(2)④: the roles ア and イ, and ウ by its viewpoints A, B, C) and by partner. Every field is a
 * row, an empty one too — what the councils look for is where nothing is done.
 *
 * <pre>{@code
 * matrix.count(new Field(AgreementRole.LIVING_SERVICES, Viewpoint.NETWORKS), "023035");
 * }</pre>
 */
public record CooperationMatrix(List<Entry> entries) {

  /** The fields in the 要綱's order. */
  static final List<Field> FIELDS =
      List.of(
          new Field(AgreementRole.ECONOMIC_GROWTH, null),
          new Field(AgreementRole.URBAN_FUNCTIONS, null),
          new Field(AgreementRole.LIVING_SERVICES, Viewpoint.LIFE_FUNCTIONS),
          new Field(AgreementRole.LIVING_SERVICES, Viewpoint.NETWORKS),
          new Field(AgreementRole.LIVING_SERVICES, Viewpoint.AREA_MANAGEMENT));

  /** A field: a role, and for ウ the viewpoint (null when the initiative named none). */
  public record Field(AgreementRole role, Viewpoint viewpoint) {

    /** ア, イ, ウA, ウB, ウC. */
    public String mark() {
      return role.mark() + (viewpoint == null ? "" : viewpoint.mark());
    }
  }

  /** One initiative of an agreement in force: the partner, its field, what the agreement says. */
  public record Entry(String partnerCode, Field field, PolicyField policyField, String title) {}

  public CooperationMatrix {
    entries = List.copyOf(entries);
  }

  /** The 要綱's fields, then any other an initiative was recorded under (ウ without viewpoint). */
  public List<Field> fields() {
    List<Field> fields = new ArrayList<>(FIELDS);
    entries.stream()
        .map(Entry::field)
        .filter(f -> !fields.contains(f))
        .distinct()
        .forEach(fields::add);
    return fields;
  }

  /** The partners with an agreement in force, by code. */
  public List<String> partners() {
    return List.copyOf(new TreeSet<>(entries.stream().map(Entry::partnerCode).toList()));
  }

  public long count(Field field, String partnerCode) {
    return entries.stream()
        .filter(e -> e.field().equals(field) && e.partnerCode().equals(partnerCode))
        .count();
  }

  public long count(Field field) {
    return entries.stream().filter(e -> e.field().equals(field)).count();
  }

  public long count(String partnerCode) {
    return entries.stream().filter(e -> Objects.equals(e.partnerCode(), partnerCode)).count();
  }

  /** The initiatives under a field, partner by partner. */
  public List<Entry> in(Field field) {
    return entries.stream()
        .filter(e -> e.field().equals(field))
        .sorted(java.util.Comparator.comparing(Entry::partnerCode))
        .toList();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
