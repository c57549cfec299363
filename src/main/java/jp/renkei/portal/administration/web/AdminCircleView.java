package jp.renkei.portal.administration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import jp.renkei.portal.administration.boundary.CircleAdministration;
import jp.renkei.portal.circle.boundary.CircleFacts;
import jp.renkei.portal.circle.entity.CityStatus;
import jp.renkei.portal.circle.entity.JointEligibility;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.i18n.Messages;
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
  @Inject LanguageSelection language;

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
  private final JointForm joint = new JointForm();

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

  /**
   * Records the 第9 facts of a circle whose two cities act jointly. Every figure must read as a
   * number; a fact that fails a condition is still recorded, and the page says which fails.
   */
  public void recordJointEligibility() {
    JointEligibility.CityFacts first = joint.first.facts();
    JointEligibility.CityFacts second = joint.second.facts();
    java.util.Optional<Integer> minutes = TypedNumbers.integer(joint.minutes);
    if (first == null || second == null || minutes.isEmpty()) {
      FacesMessages.error("admin.joint.error.figures");
      return;
    }
    steps.runTo(
        () ->
            administration.recordJointEligibility(
                first, second, minutes.get(), joint.equivalentInitiatives),
        "admin.done.saved",
        here());
  }

  /** A failing condition as the page says it, naming the city it concerns. */
  public String failureText(String key) {
    var centrals = getFacts().circle().centralCities();
    if (centrals.size() < 2) {
      return Messages.text(language.getLocale(), key);
    }
    return Messages.text(
        language.getLocale(),
        key,
        centrals.get(0).nameIn(language.getLocale()),
        centrals.get(1).nameIn(language.getLocale()));
  }

  public JointForm getJoint() {
    return joint;
  }

  /** The 第9 form: each city's figures, the travel time and the reasons for ⑥. */
  public static class JointForm {
    private final CityForm first = new CityForm();
    private final CityForm second = new CityForm();
    private String minutes;
    private String equivalentInitiatives;

    public CityForm getFirst() {
      return first;
    }

    public CityForm getSecond() {
      return second;
    }

    public String getMinutes() {
      return minutes;
    }

    public void setMinutes(String minutes) {
      this.minutes = minutes;
    }

    public String getEquivalentInitiatives() {
      return equivalentInitiatives;
    }

    public void setEquivalentInitiatives(String equivalentInitiatives) {
      this.equivalentInitiatives = equivalentInitiatives;
    }
  }

  /** One city's figures as typed (full-width digits too). */
  public static class CityForm {
    private String population;
    private String dayNight;
    private String commuters;
    private boolean satellite;

    /** The figures, or null when one does not read as a number. */
    JointEligibility.CityFacts facts() {
      java.util.Optional<Integer> people =
          TypedNumbers.integer(population == null ? null : population.replaceAll("[,，]", ""));
      BigDecimal ratio = decimal(dayNight);
      BigDecimal share = decimal(commuters);
      boolean shareTyped = commuters != null && !commuters.isBlank();
      if (people.isEmpty() || ratio == null || shareTyped && share == null) {
        return null;
      }
      return new JointEligibility.CityFacts(people.get(), ratio, share, satellite);
    }

    public String getPopulation() {
      return population;
    }

    public void setPopulation(String population) {
      this.population = population;
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

    public boolean isSatellite() {
      return satellite;
    }

    public void setSatellite(boolean satellite) {
      this.satellite = satellite;
    }
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
