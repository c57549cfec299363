package jp.renkei.portal.agreement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.agreement.boundary.AgreementPair;
import jp.renkei.portal.agreement.boundary.AgreementSummary;
import jp.renkei.portal.agreement.boundary.Agreements;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.i18n.Text;
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
  @Inject CurrentCircle currentCircle;
  @Inject LanguageSelection language;
  @Inject Text text;

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

  private List<AgreementPair> pairs;

  /** Whom the caller's central city can start an agreement with. */
  public List<AgreementPair> getPairsWithoutAgreement() {
    if (pairs == null) {
      pairs = agreements.pairsWithoutAgreement();
    }
    return pairs;
  }

  /** Where two cities act jointly (要綱 第9) the list and the form name each agreement's city. */
  public boolean isJoint() {
    return currentCircle.profile().hasJointCentralCities();
  }

  /** A pair as the form offers it: the partner, with the central city where two act jointly. */
  public String labelOf(AgreementPair pair) {
    java.util.Locale locale = language.getLocale();
    if (pair.betweenCentralCities()) {
      return text.format2(
          "agreement.list.roles-pair",
          pair.central().nameIn(locale),
          pair.partner().nameIn(locale));
    }
    return isJoint()
        ? text.format2(
            "agreement.list.pair", pair.central().nameIn(locale), pair.partner().nameIn(locale))
        : pair.partner().nameIn(locale);
  }

  /** The pair's key ({@link AgreementPair#key()}) the form sends. */
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
