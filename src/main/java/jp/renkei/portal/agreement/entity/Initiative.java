package jp.renkei.portal.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One collaborative initiative (連携する取組) of an agreement: under which role, for ウ under which
 * viewpoint and policy field, and what the two municipalities do.
 */
@Embeddable
public class Initiative {

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private AgreementRole role;

  @Enumerated(EnumType.STRING)
  @Column(name = "viewpoint", length = 20)
  private Viewpoint viewpoint;

  @Column(name = "policy_field", length = 200)
  private String policyField;

  @Column(name = "title", nullable = false, length = 400)
  private String title;

  @Column(name = "content", nullable = false, length = 4000)
  private String content;

  protected Initiative() {}

  public Initiative(
      AgreementRole role, Viewpoint viewpoint, String policyField, String title, String content) {
    this.role = Objects.requireNonNull(role, "role");
    this.viewpoint = role == AgreementRole.LIVING_SERVICES ? viewpoint : null;
    this.policyField = policyField;
    this.title = Objects.requireNonNull(title, "title");
    this.content = Objects.requireNonNull(content, "content");
  }

  public AgreementRole role() {
    return role;
  }

  public Viewpoint viewpoint() {
    return viewpoint;
  }

  public String policyField() {
    return policyField;
  }

  public String title() {
    return title;
  }

  public String content() {
    return content;
  }

  /** One line of text for comparing versions. */
  public String asLine() {
    String where = role.mark() + (viewpoint == null ? "" : "-" + viewpoint.mark());
    String field = policyField == null || policyField.isBlank() ? "" : " [" + policyField + "]";
    return where + field + " " + title + "：" + content;
  }
}
