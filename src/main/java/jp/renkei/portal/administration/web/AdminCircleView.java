package jp.renkei.portal.administration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import jp.renkei.portal.administration.boundary.CircleAdministration;
import jp.renkei.portal.administration.boundary.CircleFacts;
import jp.renkei.portal.circle.entity.CityStatus;
import jp.renkei.portal.circle.entity.Declaration;
import jp.renkei.portal.circle.entity.MunicipalityKind;
import jp.renkei.portal.platform.web.FacesMessages;

/**
 * {@code /admin/circle?slug=…}: one circle for the portal administrator — members (add a partner,
 * remove one), the declaration, commuting ratios with the neighbours that should be consulted, the
 * central city's eligibility, and who administers the circle's people.
 */
@Named
@RequestScoped
public class AdminCircleView {

  @Inject CircleAdministration administration;

  private CircleFacts facts;
  private final AdminCirclesView.MunicipalityForm partner = new AdminCirclesView.MunicipalityForm();
  private String declaredOn;
  private final String[] items = new String[6];
  private String ratioCode;
  private String ratioName;
  private String ratio;
  private String cityStatus;
  private String dayNight;
  private String commuters;
  private String administrator;

  public String getSlug() {
    String slug =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slug");
    return slug == null ? "" : slug;
  }

  public CircleFacts getFacts() {
    if (facts == null) {
      facts = administration.facts(getSlug());
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
    AdminSteps.run(
        () -> administration.addPartner(getSlug(), partner.toNew()),
        "admin.done.partner-added",
        here());
  }

  public void removePartner(String code) {
    AdminSteps.run(
        () -> administration.removePartner(getSlug(), code), "admin.done.partner-removed", here());
  }

  public void declare() {
    AdminSteps.run(
        () -> {
          java.time.LocalDate on =
              jp.renkei.portal.platform.text.TypedNumbers.date(declaredOn).orElse(null);
          administration.declare(
              getSlug(),
              on,
              new Declaration.Items(items[0], items[1], items[2], items[3], items[4], items[5]));
        },
        "admin.done.declared",
        here());
  }

  public void recordRatio() {
    BigDecimal value = AdminSteps.decimal(ratio);
    if (value == null) {
      FacesMessages.error("admin.error.ratio");
      return;
    }
    AdminSteps.run(
        () -> administration.recordRatio(getSlug(), ratioCode, ratioName, value),
        "admin.done.saved",
        here());
  }

  public void recordEligibility() {
    BigDecimal dn = AdminSteps.decimal(dayNight);
    BigDecimal cm = AdminSteps.decimal(commuters);
    if (dn == null || (commuters != null && !commuters.isBlank() && cm == null)) {
      FacesMessages.error("admin.error.ratio");
      return;
    }
    AdminSteps.run(
        () -> {
          CityStatus status;
          try {
            status = CityStatus.valueOf(cityStatus);
          } catch (IllegalArgumentException | NullPointerException e) {
            status = null;
          }
          // Recorded as typed, failing or not: the page then shows which conditions fail.
          administration.recordEligibility(getSlug(), status, dn, cm);
        },
        "admin.done.saved",
        here());
  }

  public void grant() {
    AdminSteps.run(
        () -> administration.grantAdministrator(getSlug(), administrator),
        "admin.done.granted",
        here());
  }

  public void revoke(String username) {
    AdminSteps.run(
        () -> administration.revokeAdministrator(getSlug(), username),
        "admin.done.revoked",
        here());
  }

  private String here() {
    return "/admin/circle?slug=" + getSlug();
  }

  public AdminCirclesView.MunicipalityForm getPartner() {
    return partner;
  }

  public String getDeclaredOn() {
    return declaredOn;
  }

  public void setDeclaredOn(String declaredOn) {
    this.declaredOn = declaredOn;
  }

  // Faces binds #{adminCircleView.items[0]} … [5] to the declaration's items ①–⑥.
  public String[] getItems() {
    return items;
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
