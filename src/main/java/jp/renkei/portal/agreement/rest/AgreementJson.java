package jp.renkei.portal.agreement.rest;

import java.util.List;
import jp.renkei.portal.agreement.entity.Agreement;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.Initiative;

/**
 * A published agreement in the API: its central city (one of two, where they act jointly, 要綱 第9)
 * and its partner, whether it is in force (not abolished, not lapsed after a termination notice),
 * and its published versions, dates in ISO.
 */
public record AgreementJson(
    long id,
    String centralCode,
    String partnerCode,
    boolean abolished,
    boolean lapsed,
    boolean inForce,
    List<VersionJson> versions) {

  /** One published version, clause by clause, with its lifecycle dates. */
  public record VersionJson(
      int number,
      String kind,
      String status,
      String purpose,
      String basicPolicy,
      List<InitiativeJson> initiatives,
      String execution,
      Integer consultationMonths,
      String consultation,
      String term,
      boolean terminationClause,
      int lapseYears,
      String disputes,
      String feedbackOpens,
      String feedbackCloses,
      String concludedOn,
      String terminationNotifiedOn,
      String terminationNotifiedBy,
      String lapsesOn,
      String lapsedOn) {}

  /**
   * One initiative: its policy field of 要綱 第5(2)④ (name and the 要綱's number, {@code ウ-A-a}), the
   * role and viewpoint that field belongs to, and the 役割分担 of the two parties.
   */
  public record InitiativeJson(
      String role,
      String viewpoint,
      String policyField,
      String policyFieldCode,
      String title,
      String content,
      String centralRole,
      String partnerRole) {}

  static AgreementJson of(Agreement a) {
    return new AgreementJson(
        a.id(),
        a.centralCode(),
        a.partnerCode(),
        a.isAbolished(),
        a.isLapsed(),
        a.versionInForce().isPresent(),
        a.publicVersions().stream().map(AgreementJson::versionOf).toList());
  }

  private static VersionJson versionOf(AgreementVersion v) {
    return new VersionJson(
        v.number(),
        v.kind().name(),
        v.status().name(),
        v.text().purpose(),
        v.text().basicPolicy(),
        v.initiatives().stream().map(AgreementJson::initiativeOf).toList(),
        v.text().execution(),
        v.text().consultationMonths(),
        v.text().consultationText(),
        v.text().termText(),
        v.text().terminationClause(),
        v.text().lapseYears(),
        v.text().disputes(),
        iso(v.feedbackOpens()),
        iso(v.feedbackCloses()),
        iso(v.concludedOn()),
        iso(v.terminationNotifiedOn()),
        v.terminationNotifiedBy(),
        v.lapsesOn().map(Object::toString).orElse(null),
        iso(v.lapsedOn()));
  }

  private static InitiativeJson initiativeOf(Initiative i) {
    return new InitiativeJson(
        i.role().name(),
        i.viewpoint() == null ? null : i.viewpoint().name(),
        i.policyField() == null ? null : i.policyField().name(),
        i.policyField() == null ? null : i.policyField().code(),
        i.title(),
        i.content(),
        i.centralRole(),
        i.partnerRole());
  }

  private static String iso(java.time.LocalDate date) {
    return date == null ? null : date.toString();
  }
}
