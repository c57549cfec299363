package jp.renkei.portal.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.platform.security.PortalRole;

// Circle pages: one line each. Staff-only pages say which roles; object pages ({id}) check each
// object's visibility in their boundary as well. A prefecture's observer (要綱 第8) reads the
// members, the vision's drafts and KPIs; the agreements' drafts through the agreement's own rule.

/**
 * Every page under {@code /c/{slug}/} and who may open it. A view that serves several kinds of
 * document says which in its address ({@code /feedback/moderation.xhtml?document=…}). A page that
 * is not listed here cannot be reached: the front controller answers 404, and the denial tests fail
 * for a view under a tenant folder that has no entry. Add a line here with each new circle page.
 */
@ApplicationScoped
public class CirclePages {

  /** The mayors' offices: the central city's staff and the partners' staff. */
  private static final PageAccess OFFICES =
      PageAccess.members(PortalRole.CENTRAL_CITY_STAFF, PortalRole.PARTNER_STAFF);

  /** The central city's staff: they draft, consult on and adopt documents. */
  private static final PageAccess CENTRAL_CITY = PageAccess.members(PortalRole.CENTRAL_CITY_STAFF);

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
                  PortalRole.ROUNDTABLE_MEMBER,
                  PortalRole.PREFECTURE_OBSERVER)),
          new CirclePage("declaration", "/administration/declaration.xhtml", PageAccess.PUBLIC),
          new CirclePage("notices", "/notice/list.xhtml", PageAccess.PUBLIC),
          new CirclePage("notices.atom", "/feeds/notices", PageAccess.PUBLIC),
          new CirclePage("agreements", "/agreement/list.xhtml", PageAccess.PUBLIC),
          new CirclePage("agreements/{id}", "/agreement/detail.xhtml", PageAccess.PUBLIC),
          new CirclePage("agreements/{id}/diff", "/agreement/diff.xhtml", PageAccess.PUBLIC),
          new CirclePage("agreements/{id}.pdf", "/exports/agreement-pdf", PageAccess.PUBLIC),
          new CirclePage(
              "agreements/{id}/opinions.pdf",
              "/exports/opinions-pdf?document=AGREEMENT_VERSION",
              PageAccess.PUBLIC),
          new CirclePage(
              "agreements/{id}/feedback",
              "/feedback/moderation.xhtml?document=AGREEMENT_VERSION",
              CENTRAL_CITY),
          new CirclePage(
              "agreements/{id}/feedback.csv",
              "/exports/feedback?document=AGREEMENT_VERSION",
              CENTRAL_CITY),
          new CirclePage(
              "agreements/{id}/edit",
              "/agreement/edit.xhtml",
              PageAccess.members(PortalRole.CENTRAL_CITY_STAFF, PortalRole.PARTNER_STAFF)),
          new CirclePage("consultations", "/consultation/list.xhtml", OFFICES),
          new CirclePage("consultations/cadence", "/consultation/cadence.xhtml", OFFICES),
          new CirclePage("consultations/{id}", "/consultation/detail.xhtml", OFFICES),
          new CirclePage("consultations/{id}.ics", "/exports/consultation-ics", OFFICES),
          new CirclePage(
              "consultations/{id}/minutes", "/consultation/minutes.xhtml", PageAccess.PUBLIC),
          new CirclePage(
              "consultations/{id}/minutes.pdf", "/exports/minutes-pdf", PageAccess.PUBLIC),
          new CirclePage("materials/{id}", "/exports/material", OFFICES),
          new CirclePage("attachments/{id}", "/exports/attachment", PageAccess.PUBLIC),
          new CirclePage("calendar", "/consultation/calendar.xhtml", OFFICES),
          new CirclePage("roundtable", "/roundtable/registry.xhtml", PageAccess.PUBLIC),
          new CirclePage(
              "roundtable/meetings/{id}", "/roundtable/meeting.xhtml", PageAccess.PUBLIC),
          new CirclePage("vision", "/vision/vision.xhtml", PageAccess.PUBLIC),
          new CirclePage("vision/cooperation", "/vision/cooperation.xhtml", PageAccess.PUBLIC),
          new CirclePage("vision/population", "/vision/population.xhtml", PageAccess.PUBLIC),
          new CirclePage("vision/outcomes", "/vision/outcomes.xhtml", PageAccess.PUBLIC),
          new CirclePage(
              "vision/versions",
              "/vision/versions.xhtml",
              PageAccess.members(
                  PortalRole.CENTRAL_CITY_STAFF,
                  PortalRole.PARTNER_STAFF,
                  PortalRole.ROUNDTABLE_MEMBER,
                  PortalRole.PREFECTURE_OBSERVER)),
          new CirclePage("vision/versions/{id}", "/vision/version.xhtml", PageAccess.PUBLIC),
          new CirclePage(
              "vision/versions/{id}/changes", "/vision/changes.xhtml", PageAccess.PUBLIC),
          new CirclePage("vision/versions/{id}.pdf", "/exports/vision-pdf", PageAccess.PUBLIC),
          new CirclePage(
              "vision/versions/{id}/opinions.pdf",
              "/exports/opinions-pdf?document=VISION_VERSION",
              PageAccess.PUBLIC),
          new CirclePage("vision/versions/{id}/edit", "/vision/edit.xhtml", CENTRAL_CITY),
          new CirclePage("vision/versions/{id}/rounds", "/vision/rounds.xhtml", CENTRAL_CITY),
          new CirclePage(
              "vision/versions/{id}/feedback",
              "/feedback/moderation.xhtml?document=VISION_VERSION",
              CENTRAL_CITY),
          new CirclePage(
              "vision/versions/{id}/feedback.csv",
              "/exports/feedback?document=VISION_VERSION",
              CENTRAL_CITY),
          new CirclePage("vision/rounds/{id}", "/vision/round.xhtml", OFFICES),
          // Roundtable members read the year's evaluation before the meeting that reviews it.
          new CirclePage(
              "vision/kpis",
              "/vision/kpis.xhtml",
              PageAccess.members(
                  PortalRole.CENTRAL_CITY_STAFF,
                  PortalRole.PARTNER_STAFF,
                  PortalRole.ROUNDTABLE_MEMBER,
                  PortalRole.PREFECTURE_OBSERVER)),
          new CirclePage("people", "/administration/people.xhtml", CENTRAL_CITY));

  public List<CirclePage> all() {
    return PAGES;
  }

  /** The page an address names, with the id it carries. */
  public Optional<Match> match(String path) {
    for (CirclePage page : PAGES) {
      Optional<Optional<Long>> id = page.match(path);
      if (id.isPresent()) {
        return Optional.of(new Match(page, id.get()));
      }
    }
    return Optional.empty();
  }

  /** A page and the id its address carried. */
  public record Match(CirclePage page, Optional<Long> id) {}
}
