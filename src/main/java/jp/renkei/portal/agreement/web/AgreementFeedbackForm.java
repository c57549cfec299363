package jp.renkei.portal.agreement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.renkei.portal.agreement.boundary.Agreements;
import jp.renkei.portal.feedback.boundary.FeedbackRefused;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.FacesMessages;

/** A resident's opinion on the published draft, on the whole or on one clause. */
@Named
@RequestScoped
public class AgreementFeedbackForm {

  @Inject Agreements agreements;
  @Inject TenantContext tenant;

  private String clause;
  private String body;

  public void submit() {
    try {
      agreements.giveFeedback(tenant.getPathId(), clause, body);
      FacesMessages.doneAndGo(
          "feedback.done.thanks", tenant.getCircle().slug(), "agreements/" + tenant.getPathId());
    } catch (FeedbackRefused e) {
      FacesMessages.error(e.messageKey());
    }
  }

  public String getClause() {
    return clause;
  }

  public void setClause(String clause) {
    this.clause = clause;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
