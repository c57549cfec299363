package jp.renkei.portal.search.boundary;

import java.util.HashSet;
import java.util.Set;
import jp.renkei.portal.platform.security.Caller;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.CircleMembership;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.search.entity.SearchDocument;

/**
 * Who may read a search hit, said the way the pages' access rules say it: everybody, the central
 * city's staff of a circle, a municipality's staff or council members in a circle, the circle's
 * roundtable, the prefecture observing the circle. A context's {@link SearchSource} names the
 * groups its page admits; a caller belongs to the groups their token's circles, municipalities and
 * roles put them in — so a hit reaches exactly the people its page would be shown to, and its count
 * and snippet nobody else.
 *
 * <pre>{@code
 * Readers.staffOf("aomori", "023051");   // 蓬田村's staff in the 青森 circle
 * Readers.councilOf("aomori", "023051"); // its council members
 * Readers.centralCity("aomori");         // the central city's staff
 * }</pre>
 */
public final class Readers {

  /** Everybody, signed in or not. */
  public static final String PUBLIC = SearchDocument.PUBLIC;

  private Readers() {}

  public static String centralCity(String slug) {
    return slug + "/central-city-staff";
  }

  public static String staffOf(String slug, String municipalityCode) {
    return slug + "/" + municipalityCode + "/staff";
  }

  public static String councilOf(String slug, String municipalityCode) {
    return slug + "/" + municipalityCode + "/council";
  }

  public static String roundtable(String slug) {
    return slug + "/roundtable";
  }

  /** The prefecture observing the circle (要綱 第8): it reads the circle's drafts. */
  public static String prefecture(String slug) {
    return slug + "/prefecture";
  }

  /** The groups this caller reads as, in every circle they belong to. */
  static Set<String> of(Caller caller, Iterable<Tenant> circles) {
    Set<String> groups = new HashSet<>();
    groups.add(PUBLIC);
    if (!caller.isSignedIn()) {
      return groups;
    }
    for (Tenant circle : circles) {
      CircleMembership.of(caller, circle)
          .ifPresent(
              m -> {
                String slug = circle.slug();
                if (m.actsForCentralCity() && caller.hasRole(PortalRole.CENTRAL_CITY_STAFF)) {
                  groups.add(centralCity(slug));
                }
                for (String code : m.municipalityCodes()) {
                  if (caller.hasRole(PortalRole.PARTNER_STAFF)
                      || caller.hasRole(PortalRole.CENTRAL_CITY_STAFF)) {
                    groups.add(staffOf(slug, code));
                  }
                  if (caller.hasRole(PortalRole.COUNCIL_MEMBER)) {
                    groups.add(councilOf(slug, code));
                  }
                }
                if (caller.hasRole(PortalRole.ROUNDTABLE_MEMBER)) {
                  groups.add(roundtable(slug));
                }
                if (m.observer()) {
                  groups.add(prefecture(slug));
                }
              });
    }
    return groups;
  }
}
