package jp.renkei.portal.agreement.web;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import jp.renkei.portal.agreement.entity.AgreementRole;
import jp.renkei.portal.agreement.entity.Initiative;
import jp.renkei.portal.agreement.entity.Viewpoint;

/** One editable line of the initiatives table; a line left empty is dropped on save. */
public class InitiativeRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private AgreementRole role = AgreementRole.ECONOMIC_GROWTH;
  private Viewpoint viewpoint;

  @Size(max = 200)
  private String policyField;

  @Size(max = 400)
  private String title;

  @Size(max = 4000)
  private String content;

  static InitiativeRow of(Initiative i) {
    InitiativeRow row = new InitiativeRow();
    row.role = i.role();
    row.viewpoint = i.viewpoint();
    row.policyField = i.policyField();
    row.title = i.title();
    row.content = i.content();
    return row;
  }

  boolean isEmpty() {
    return (title == null || title.isBlank()) && (content == null || content.isBlank());
  }

  Initiative toInitiative() {
    return new Initiative(
        role, viewpoint, policyField, title == null ? "" : title, content == null ? "" : content);
  }

  public AgreementRole getRole() {
    return role;
  }

  public void setRole(AgreementRole role) {
    this.role = role;
  }

  public Viewpoint getViewpoint() {
    return viewpoint;
  }

  public void setViewpoint(Viewpoint viewpoint) {
    this.viewpoint = viewpoint;
  }

  public String getPolicyField() {
    return policyField;
  }

  public void setPolicyField(String policyField) {
    this.policyField = policyField;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }
}
