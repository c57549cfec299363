package jp.renkei.portal.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.platform.security.PortalRole;

/**
 * Every page under {@code /c/{slug}/} and who may open it. A page that is not listed here cannot be
 * reached: the front controller answers 404, and the denial tests fail for a view under a tenant
 * folder that has no entry. Add a line here with each new circle page.
 */
@ApplicationScoped
public class CirclePages {

  static final List<CirclePage> PAGES =
      List.of(
          new CirclePage("", "/circle/home.xhtml", PageAccess.PUBLIC),
          new CirclePage(
              "members",
              "/circle/members.xhtml",
              PageAccess.members(
                  PortalRole.CENTRAL_CITY_STAFF,
                  PortalRole.PARTNER_STAFF,
                  PortalRole.COUNCIL_MEMBER,
                  PortalRole.ROUNDTABLE_MEMBER)));

  public List<CirclePage> all() {
    return PAGES;
  }

  public Optional<CirclePage> byPath(String path) {
    return PAGES.stream().filter(p -> p.path().equals(path)).findFirst();
  }

  public Optional<CirclePage> byViewId(String viewId) {
    return PAGES.stream().filter(p -> p.viewId().equals(viewId)).findFirst();
  }
}
