package jp.renkei.portal.agreement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.agreement.boundary.AgreementSummary;
import jp.renkei.portal.agreement.boundary.Agreements;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.platform.web.Steps;

/**
 * {@code /c/{slug}/agreements}: the circle's agreements. Everybody sees the published ones; the
 * central city, each partner's staff and the councils also see their own drafts. The central city
 * starts a new agreement here.
 */
@Named
@RequestScoped
public class AgreementListView {

  @Inject Agreements agreements;
  @Inject TenantContext tenant;
  @Inject Steps steps;

  private List<AgreementSummary> visible;
  private String newPartnerCode;

  public List<AgreementSummary> getAgreements() {
    if (visible == null) {
      visible = agreements.visible();
    }
    return visible;
  }

  public boolean isMayStart() {
    return tenant.isCentralCityStaff();
  }

  public List<MemberMunicipality> getPartnersWithoutAgreement() {
    return agreements.partnersWithoutAgreement();
  }

  public String getNewPartnerCode() {
    return newPartnerCode;
  }

  public void setNewPartnerCode(String newPartnerCode) {
    this.newPartnerCode = newPartnerCode;
  }

  public void start() {
    steps.attempt(
        () -> {
          long id = agreements.startWith(newPartnerCode);
          FacesMessages.doneAndGo(
              "agreement.done.started", tenant.getSlug(), "agreements/" + id + "/edit");
        });
  }
}
