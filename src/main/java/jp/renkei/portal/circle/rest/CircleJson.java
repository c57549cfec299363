package jp.renkei.portal.circle.rest;

import java.util.List;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.platform.rest.LocalizedText;

/**
 * A circle's public data: names, prefectures, the central city (two when acting jointly), the
 * partners (連携市町村: an agreement with the central city is in force) and the neighbours still in
 * talks, with codes and names.
 */
public record CircleJson(
    String slug,
    LocalizedText name,
    List<PrefectureJson> prefectures,
    List<MunicipalityJson> centralCities,
    List<MunicipalityJson> partners,
    List<MunicipalityJson> neighboursInTalks) {
  static CircleJson of(CircleProfile circle) {
    return new CircleJson(
        circle.slug(),
        LocalizedText.of(circle.name()),
        circle.prefectures().stream().map(PrefectureJson::of).toList(),
        circle.centralCities().stream().map(MunicipalityJson::of).toList(),
        circle.partners().stream().map(MunicipalityJson::of).toList(),
        circle.neighboursInTalks().stream().map(MunicipalityJson::of).toList());
  }
}
