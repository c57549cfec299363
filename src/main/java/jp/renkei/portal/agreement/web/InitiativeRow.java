package jp.renkei.portal.agreement.web;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import jp.renkei.portal.agreement.entity.Initiative;
import jp.renkei.portal.agreement.entity.LifecycleViolation;
import jp.renkei.portal.agreement.entity.PolicyField;

/** One editable line of the initiatives table; a line left empty is dropped on save. */
public class InitiativeRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private PolicyField field;

  @Size(max = 400)
  private String title;

  @Size(max = 4000)
  private String content;

  @Size(max = Initiative.MAX_ROLE)
  private String centralRole;

  @Size(max = Initiative.MAX_ROLE)
  private String partnerRole;

  static InitiativeRow of(Initiative i) {
    InitiativeRow row = new InitiativeRow();
    row.field = i.policyField();
    row.title = i.title();
    row.content = i.content();
    row.centralRole = i.centralRole();
    row.partnerRole = i.partnerRole();
    return row;
  }

  boolean isEmpty() {
    return (title == null || title.isBlank()) && (content == null || content.isBlank());
  }

  /** The initiative this line describes; a line with text but no field is refused. */
  Initiative toInitiative() {
    if (field == null) {
      throw new LifecycleViolation("agreement.error.policy-field");
    }
    return new Initiative(
        field,
        title == null ? "" : title,
        content == null ? "" : content,
        centralRole,
        partnerRole);
  }

  public PolicyField getField() {
    return field;
  }

  public void setField(PolicyField field) {
    this.field = field;
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

  public String getCentralRole() {
    return centralRole;
  }

  public void setCentralRole(String centralRole) {
    this.centralRole = centralRole;
  }

  public String getPartnerRole() {
    return partnerRole;
  }

  public void setPartnerRole(String partnerRole) {
    this.partnerRole = partnerRole;
  }
}
