package jp.renkei.portal.administration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.administration.boundary.CircleAdministration;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.NewMunicipality;
import jp.renkei.portal.platform.localgov.MunicipalityKind;
import jp.renkei.portal.platform.web.Steps;

/**
 * {@code /admin/circles}: every circle, and the form that creates one with its central city — or
 * two cities acting jointly (要綱 第9) — and their groups in Keycloak.
 */
@Named
@RequestScoped
public class AdminCirclesView {

  @Inject CircleAdministration administration;
  @Inject Steps steps;

  private List<CircleProfile> circles;
  private String slug;
  private final NamesForm name = new NamesForm();
  private final MunicipalityForm central = new MunicipalityForm();
  private final MunicipalityForm jointCentral = new MunicipalityForm();

  public List<CircleProfile> getCircles() {
    if (circles == null) {
      circles = administration.circles();
    }
    return circles;
  }

  public MunicipalityKind[] getKinds() {
    return MunicipalityKind.values();
  }

  public void create() {
    String typedSlug = slug == null ? "" : slug.strip();
    steps.runTo(
        () ->
            administration.createCircle(
                typedSlug,
                name.getNameJa(),
                name.getNameEn(),
                List.of(central.toNew(), jointCentral.toNew())),
        "admin.done.circle-created",
        "/admin/circles/" + typedSlug);
  }

  public MunicipalityForm getCentral() {
    return central;
  }

  public MunicipalityForm getJointCentral() {
    return jointCentral;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  /** The circle's names, in Japanese and English. */
  public NamesForm getName() {
    return name;
  }

  /** A name in Japanese and in English, as an administrator types it. */
  public static class NamesForm {
    private String nameJa;
    private String nameEn;

    public String getNameJa() {
      return nameJa;
    }

    public void setNameJa(String nameJa) {
      this.nameJa = nameJa;
    }

    public String getNameEn() {
      return nameEn;
    }

    public void setNameEn(String nameEn) {
      this.nameEn = nameEn;
    }
  }

  /** The fields of a municipality on a form: code, names, reading and kind. */
  public static class MunicipalityForm extends NamesForm {
    private String code;
    private String kind;
    private String kana;

    NewMunicipality toNew() {
      return new NewMunicipality(code, getNameJa(), getNameEn(), kind, kana);
    }

    public String getKana() {
      return kana;
    }

    public void setKana(String kana) {
      this.kana = kana;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }
  }
}
