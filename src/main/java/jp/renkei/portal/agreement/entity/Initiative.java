package jp.renkei.portal.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One collaborative initiative (連携する取組) of an agreement: its policy field from the 要綱's list
 * (第5(2)④, which gives its role and, under ウ, its viewpoint), what the two municipalities do, and
 * the 役割分担 — the central city's part and the partner's part (地方自治法 252条の2①).
 */
@Embeddable
public class Initiative {

  public static final int MAX_ROLE = 2000;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private AgreementRole role;

  @Enumerated(EnumType.STRING)
  @Column(name = "viewpoint", length = 20)
  private Viewpoint viewpoint;

  // Null only on an initiative written before fields were coded whose free text matched none.
  @Enumerated(EnumType.STRING)
  @Column(name = "policy_field", length = 200)
  private PolicyField policyField;

  @Column(name = "title", nullable = false, length = 400)
  private String title;

  @Column(name = "content", nullable = false, length = 4000)
  private String content;

  @Column(name = "central_role", length = MAX_ROLE)
  private String centralRole;

  @Column(name = "partner_role", length = MAX_ROLE)
  private String partnerRole;

  protected Initiative() {}

  /** An initiative in a field; the two parts of the 役割分担 may still be empty in a draft. */
  public Initiative(
      PolicyField field, String title, String content, String centralRole, String partnerRole) {
    this.policyField = Objects.requireNonNull(field, "field");
    this.role = field.role();
    this.viewpoint = field.viewpoint();
    this.title = Objects.requireNonNull(title, "title");
    this.content = Objects.requireNonNull(content, "content");
    this.centralRole = blankToNull(centralRole);
    this.partnerRole = blankToNull(partnerRole);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public AgreementRole role() {
    return role;
  }

  public Viewpoint viewpoint() {
    return viewpoint;
  }

  public PolicyField policyField() {
    return policyField;
  }

  public String title() {
    return title;
  }

  public String content() {
    return content;
  }

  public String centralRole() {
    return centralRole;
  }

  public String partnerRole() {
    return partnerRole;
  }

  /** Both parts of the 役割分担 are written. */
  public boolean sharesRoles() {
    return centralRole != null && partnerRole != null;
  }

  /** One line of text for comparing versions. */
  public String asLine() {
    String where =
        policyField != null
            ? policyField.code()
            : role.mark() + (viewpoint == null ? "" : "-" + viewpoint.mark());
    String roles =
        centralRole == null && partnerRole == null
            ? ""
            : "〔"
                + Objects.toString(centralRole, "")
                + "／"
                + Objects.toString(partnerRole, "")
                + "〕";
    return where + " " + title + "：" + content + roles;
  }
}
