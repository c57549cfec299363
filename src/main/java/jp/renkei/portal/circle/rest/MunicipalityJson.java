package jp.renkei.portal.circle.rest;

import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.rest.LocalizedText;

/** A member municipality in the API. {@code kind} is CITY, TOWN or VILLAGE. */
public record MunicipalityJson(
    String code, LocalizedText name, PrefectureJson prefecture, String kind) {
  static MunicipalityJson of(MemberMunicipality m) {
    return new MunicipalityJson(
        m.code(), LocalizedText.of(m.name()), PrefectureJson.of(m.prefecture()), m.kind().name());
  }
}
