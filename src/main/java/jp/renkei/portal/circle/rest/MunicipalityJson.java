package jp.renkei.portal.circle.rest;

import jp.renkei.portal.circle.boundary.MemberMunicipality;

/** A member municipality in the API. {@code kind} is CITY, TOWN or VILLAGE. */
public record MunicipalityJson(
    String code, LocalizedText name, PrefectureJson prefecture, String kind) {
  static MunicipalityJson of(MemberMunicipality m) {
    return new MunicipalityJson(
        m.code(), LocalizedText.of(m.name()), PrefectureJson.of(m.prefecture()), m.kind().name());
  }
}
