package jp.renkei.portal.circle.boundary;

import java.util.Locale;
import jp.renkei.portal.circle.entity.CircleRole;
import jp.renkei.portal.platform.i18n.LocalizedName;
import jp.renkei.portal.platform.localgov.MunicipalityKind;
import jp.renkei.portal.platform.localgov.Prefecture;

/** A municipality as a member of one circle: a read-only snapshot, safe to share and cache. */
public record MemberMunicipality(
    String code,
    LocalizedName name,
    Prefecture prefecture,
    MunicipalityKind kind,
    CircleRole role,
    String kana) {

  public String nameIn(Locale locale) {
    return name.in(locale);
  }

  public boolean isCentralCity() {
    return role == CircleRole.CENTRAL_CITY;
  }
}
