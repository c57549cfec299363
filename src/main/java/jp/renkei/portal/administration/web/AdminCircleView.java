package jp.renkei.portal.administration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import jp.renkei.portal.administration.boundary.CircleAdministration;
import jp.renkei.portal.circle.boundary.CircleFacts;
import jp.renkei.portal.circle.entity.CityStatus;
import jp.renkei.portal.platform.localgov.MunicipalityKind;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.text.TypedNumbers;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.platform.web.Steps;

/**
 * {@code /admin/circles/{slug}}: one circle for the portal administrator — members (add a partner,
 * remove one), the declaration's state (the central city declares), commuting ratios with the
 * neighbours that should be consulted, the central city's eligibility, and who administers the
 * circle's people.
 */
@Named
@RequestScoped
public class AdminCircleView {

  @Inject CircleAdministration administration;
  @Inject TenantContext tenant;
  @Inject Steps steps;

  private CircleFacts facts;
  private final AdminCirclesView.MunicipalityForm partner = new AdminCirclesView.MunicipalityForm();
  private String ratioCode;
  private String ratioName;
  private String ratio;
  private String ratioNote;
  private String cityStatus;
  private String dayNight;
  private String commuters;
  private String administrator;

  public String getSlug() {
    return tenant.getSlug();
  }

  public CircleFacts getFacts() {
    if (facts == null) {
      facts = administration.facts();
    }
    return facts;
  }

  public MunicipalityKind[] getKinds() {
    return MunicipalityKind.values();
  }

  public CityStatus[] getStatuses() {
    return CityStatus.values();
  }

  public void addPartner() {
    steps.runTo(
        () -> administration.addPartner(partner.toNew()), "admin.done.partner-added", here());
  }

  public void removePartner(String code) {
    steps.runTo(() -> administration.removePartner(code), "admin.done.partner-removed", here());
  }

  public void recordRatio() {
    BigDecimal value = decimal(ratio);
    if (value == null) {
      FacesMessages.error("admin.error.ratio");
      return;
    }
    steps.runTo(
        () -> administration.recordRatio(ratioCode, ratioName, value, ratioNote),
        "admin.done.saved",
        here());
  }

  public void recordEligibility() {
    BigDecimal dn = decimal(dayNight);
    BigDecimal cm = decimal(commuters);
    if (dn == null || (commuters != null && !commuters.isBlank() && cm == null)) {
      FacesMessages.error("admin.error.ratio");
      return;
    }
    steps.runTo(
        () -> {
          CityStatus status;
          try {
            status = CityStatus.valueOf(cityStatus);
          } catch (IllegalArgumentException | NullPointerException e) {
            status = null;
          }
          // Recorded as typed, failing or not: the page then shows which conditions fail.
          administration.recordEligibility(status, dn, cm);
        },
        "admin.done.saved",
        here());
  }

  public void grant() {
    steps.runTo(
        () -> administration.grantAdministrator(administrator), "admin.done.granted", here());
  }

  public void revoke(String username) {
    steps.runTo(() -> administration.revokeAdministrator(username), "admin.done.revoked", here());
  }

  private String here() {
    return "/admin/circles/" + getSlug();
  }

  /** A ratio typed by a person (full-width digits too): below 100, three decimals; or null. */
  private static BigDecimal decimal(String typed) {
    return TypedNumbers.decimal(typed, 2, 3).filter(d -> d.signum() >= 0).orElse(null);
  }

  public AdminCirclesView.MunicipalityForm getPartner() {
    return partner;
  }

  public String getRatioCode() {
    return ratioCode;
  }

  public void setRatioCode(String ratioCode) {
    this.ratioCode = ratioCode;
  }

  public String getRatioName() {
    return ratioName;
  }

  public void setRatioName(String ratioName) {
    this.ratioName = ratioName;
  }

  public String getRatio() {
    return ratio;
  }

  public void setRatio(String ratio) {
    this.ratio = ratio;
  }

  public String getRatioNote() {
    return ratioNote;
  }

  public void setRatioNote(String ratioNote) {
    this.ratioNote = ratioNote;
  }

  public String getCityStatus() {
    return cityStatus;
  }

  public void setCityStatus(String cityStatus) {
    this.cityStatus = cityStatus;
  }

  public String getDayNight() {
    return dayNight;
  }

  public void setDayNight(String dayNight) {
    this.dayNight = dayNight;
  }

  public String getCommuters() {
    return commuters;
  }

  public void setCommuters(String commuters) {
    this.commuters = commuters;
  }

  public String getAdministrator() {
    return administrator;
  }

  public void setAdministrator(String administrator) {
    this.administrator = administrator;
  }
}
