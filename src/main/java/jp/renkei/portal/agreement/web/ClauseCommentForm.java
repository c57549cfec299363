package jp.renkei.portal.agreement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.renkei.portal.agreement.boundary.Agreements;
import jp.renkei.portal.agreement.boundary.CouncilReview;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.platform.web.Steps;

/** A council member's comment on one clause of the shown version. */
@Named
@RequestScoped
public class ClauseCommentForm {

  @Inject Agreements agreements;
  @Inject CouncilReview councilReview;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject AgreementDetailView detail;

  private String clause;
  private String body;

  public void submit() {
    steps.attempt(
        () -> {
          int version = detail.getVersion().number();
          councilReview.commentOnClause(tenant.getPathId(), version, clause, body);
          FacesMessages.doneAndGo(
              "agreement.done.comment",
              tenant.getSlug(),
              "agreements/" + tenant.getPathId() + "?v=" + version);
        });
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
