package jp.renkei.portal.circle.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * {@code /c/{slug}/members}: the members' page of a circle — who the signed-in person acts for, and
 * with which roles.
 */
@Named
@RequestScoped
public class CircleMembersView {

  @Inject TenantContext tenant;
  @Inject CurrentCircle circle;

  public CircleProfile getCircle() {
    return circle.profile();
  }

  public String getUsername() {
    return tenant.getCaller().username();
  }

  /** The municipalities the person acts for here; empty for circle-wide members. */
  public List<MemberMunicipality> getMyMunicipalities() {
    CircleProfile profile = circle.profile();
    return tenant.municipalityCodes().stream()
        .map(profile::member)
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  public List<PortalRole> getMyRoles() {
    return Arrays.stream(PortalRole.values()).filter(tenant::hasRole).toList();
  }
}
