package jp.renkei.portal.circle.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.CircleRegistry;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.circle.boundary.NeighbourRatio;
import jp.renkei.portal.platform.localgov.Prefecture;

/** {@code /c/{slug}/}: the circle's home, public; members also see their own place in it. */
@Named
@RequestScoped
public class CircleHomeView {

  @Inject CurrentCircle circle;
  @Inject CircleRegistry registry;

  private List<NeighbourRatio> notTakingPart;

  public CircleProfile getCircle() {
    return circle.profile();
  }

  public List<MemberMunicipality> getCentralCities() {
    return getCircle().centralCities();
  }

  /** The partners (連携市町村): an agreement with the central city is in force. */
  public List<MemberMunicipality> getPartners() {
    return getCircle().partners();
  }

  /** The neighbours taking part without an agreement in force yet. */
  public List<MemberMunicipality> getNeighboursInTalks() {
    return getCircle().neighboursInTalks();
  }

  /**
   * The neighbours at a commuting ratio of 0.1 or more that take no part at all (要綱 第5(1): the
   * circle should consult them), with why, as the portal administrator recorded it.
   */
  public List<NeighbourRatio> getNotTakingPart() {
    if (notTakingPart == null) {
      notTakingPart =
          registry.neighboursNotJoined().stream()
              .filter(r -> getCircle().member(r.code()).isEmpty())
              .toList();
    }
    return notTakingPart;
  }

  public Set<Prefecture> getPrefectures() {
    return getCircle().prefectures();
  }

  public boolean isCrossPrefecture() {
    return getPrefectures().size() > 1;
  }
}
