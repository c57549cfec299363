package jp.renkei.portal.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.renkei.portal.app.ApiApplication;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import jp.renkei.portal.platform.tenancy.CirclePage;
import jp.renkei.portal.platform.tenancy.CirclePages;
import jp.renkei.portal.platform.tenancy.FrontController;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cross-circle denial harness. Every page of a circle ({@link CirclePages}) and every API
 * resource ({@link ApiApplication#RESOURCES}) is tried, on the 青森 circle, as an anonymous visitor,
 * a member of another circle, people with the wrong role and a member with the right role. A new
 * page or endpoint joins by being registered — which it must be to be reachable at all — and a view
 * file that is not registered fails {@link #everyViewIsRegistered}.
 *
 * <p>Convention for public pages: markup meant for members only carries {@code data-members-only};
 * the harness checks nobody else gets it.
 */
@ExtendWith(StackExtension.class)
class CircleAccessIT {

  private static final String CIRCLE = "aomori";
  private static final String MEMBER_CODE = "023035";
  private static final String MEMBERS_ONLY_MARK = "data-members-only";

  /** Members of the circle, by role; the page's access decides which may enter. */
  private static final List<Member> MEMBERS =
      List.of(
          new Member("aomori-mayor", "central-city-staff"),
          new Member("hiranai-staff", "partner-staff"),
          new Member("hiranai-council", "council-member"),
          new Member("roundtable-aomori", "roundtable-member"),
          // 青森県 observes the circle (要綱 第8): reads its drafts, is given no form.
          new Member("aomori-pref", "prefecture-observer"));

  /** Signed-in people who are not members of the 青森 circle. */
  private static final List<String> OUTSIDERS =
      List.of(
          "nagano-mayor", "suzaka-staff", "hachinohe-staff", "nagano-pref", "resident", "admin");

  private final TestStack stack;

  CircleAccessIT(TestStack stack) {
    this.stack = stack;
  }

  /**
   * Pages with an {@code {id}} are tried on a demo object that only some members may see: to
   * everybody else it does not exist (404), even where the page itself is public.
   *
   * <ul>
   *   <li>agreements: the draft with 外ヶ浜町, a neighbour in talks, for the central city only — and
   *       the prefecture observing the circle (青森県), which reads every draft;
   *   <li>consultations and materials: the consultation with 平内町 and 今別町 (final minutes, not
   *       published), for the central city and 平内町's staff only;
   *   <li>roundtable meetings: the demo meeting (minutes not published), for the central city and
   *       the roundtable member whose term covers it;
   *   <li>vision versions: the revision draft, for the central city, 平内町's staff (consulted on it),
   *       the roundtable member whose meeting deliberated it and 青森県 — not for the councils;
   *   <li>vision rounds: 今別町's round, for the central city only: 平内町's staff must not see another
   *       partner's round;
   *   <li>the 意見と考え方 PDFs of those drafts: for nobody, as none is published.
   * </ul>
   */
  private record Sample(String pathPrefix, long id, Set<String> seenBy) {}

  private static final List<Sample> SAMPLES =
      List.of(
          // Nobody reads the 意見と考え方 of a draft before it is published: 404 to all.
          new Sample("agreements/{id}/opinions", 5, Set.of()),
          new Sample("vision/versions/{id}/opinions", 2, Set.of()),
          new Sample("agreements/", 5, Set.of("aomori-mayor", "aomori-pref")),
          new Sample("consultations/", 1, Set.of("aomori-mayor", "hiranai-staff")),
          new Sample("materials/", 1, Set.of("aomori-mayor", "hiranai-staff")),
          // The demo file attached to the draft agreement with 外ヶ浜町: the draft's readers only.
          new Sample("attachments/", 1, Set.of("aomori-mayor", "aomori-pref")),
          new Sample("roundtable/meetings/", 1, Set.of("aomori-mayor", "roundtable-aomori")),
          new Sample(
              "vision/versions/",
              2,
              Set.of("aomori-mayor", "hiranai-staff", "roundtable-aomori", "aomori-pref")),
          new Sample("vision/rounds/", 2, Set.of("aomori-mayor")));

  private static Sample sampleFor(CirclePage page) {
    return SAMPLES.stream()
        .filter(s -> page.path().startsWith(s.pathPrefix()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample object for " + page.path()));
  }

  /** Text of the samples that must never reach anybody who may not see them. */
  private static final List<String> SAMPLE_SECRETS =
      List.of(
          "外ヶ浜町との連携協約",
          "setsumei.pdf",
          "竜飛崎と津軽半島",
          "定期協議（青森市・平内町・今別町）",
          "広域観光パンフレット",
          "路線バスの利用者数の把握方法",
          "津軽線の代行バスとの接続");

  @TestFactory
  Stream<DynamicTest> everyCirclePageAsEveryKindOfCaller() {
    List<DynamicTest> tests = new ArrayList<>();
    for (CirclePage page : new CirclePages().all()) {
      String url =
          "/c/"
              + CIRCLE
              + "/"
              + (page.hasId()
                  ? page.path().replace("{id}", Long.toString(sampleFor(page).id()))
                  : page.path());
      tests.add(dynamicTest(url + " anonymous", () -> anonymousOn(page, url)));
      for (String outsider : OUTSIDERS) {
        tests.add(dynamicTest(url + " as " + outsider, () -> outsiderOn(page, url, outsider)));
      }
      for (Member member : MEMBERS) {
        tests.add(dynamicTest(url + " as " + member.username, () -> memberOn(page, url, member)));
      }
    }
    return tests.stream();
  }

  private void anonymousOn(CirclePage page, String url) {
    HttpResponse<String> response = PortalHttp.anonymous(stack).get(url);
    if (page.access().membersOnly()) {
      assertEquals(302, response.statusCode(), url);
      assertTrue(response.headers().firstValue("Location").orElseThrow().contains("/signin?next="));
      return;
    }
    assertAnswered(response, page.hasId() ? 404 : 200, url);
    assertFalse(response.body().contains(MEMBERS_ONLY_MARK), url + " shows members' content");
    assertNoLinkToAMembersPage(response.body(), url + " anonymous");
    assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), url + " made a session");
  }

  private void outsiderOn(CirclePage page, String url, String outsider) {
    HttpResponse<String> response = Callers.as(stack, outsider).get(url);
    int expected = page.access().membersOnly() ? 403 : page.hasId() ? 404 : 200;
    assertAnswered(response, expected, url + " as " + outsider);
    assertFalse(response.body().contains(MEMBERS_ONLY_MARK), url + " as " + outsider);
    assertNoLinkToAMembersPage(response.body(), url + " as " + outsider);
    for (String secret : SAMPLE_SECRETS) {
      assertFalse(response.body().contains(secret), secret + " leaked to " + outsider);
    }
  }

  private void memberOn(CirclePage page, String url, Member member) {
    HttpResponse<String> response = Callers.as(stack, member.username).get(url);
    boolean roleFits =
        page.access().roles().stream().anyMatch(r -> r.roleName().equals(member.role));
    int expected;
    if (page.access().membersOnly() && !roleFits) {
      expected = 403;
    } else if (page.hasId() && !sampleFor(page).seenBy().contains(member.username)) {
      expected = 404;
    } else {
      expected = 200;
    }
    assertAnswered(response, expected, url + " as " + member.username);
    if (expected != 200) {
      for (String secret : SAMPLE_SECRETS) {
        assertFalse(response.body().contains(secret), secret + " leaked to " + member.username);
      }
    }
  }

  /**
   * No dead ends: a page offers nobody outside the circle a link to one of its members' pages,
   * which would end in a sign-in or a 403.
   */
  private static void assertNoLinkToAMembersPage(String body, String what) {
    for (CirclePage page : new CirclePages().all()) {
      if (page.access().membersOnly() && !page.hasId() && !page.path().isEmpty()) {
        String link = "href=\"/c/" + CIRCLE + "/" + page.path() + "\"";
        assertFalse(body.contains(link), what + " offers a dead end: " + link);
      }
    }
  }

  /**
   * The status, and that the body is what that status should show: the page itself for a 200, the
   * portal's error page for the same status otherwise — so that a "does not contain" afterwards
   * cannot pass on a page that is broken.
   */
  private static void assertAnswered(HttpResponse<String> response, int expected, String what) {
    assertEquals(expected, response.statusCode(), what);
    boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    if (!html) {
      return;
    }
    if (expected == 200) {
      assertFalse(response.body().contains("id=\"error-title\""), what + " is an error page");
      assertTrue(response.body().contains("id=\"main\""), what + " is not a portal page");
    } else {
      assertTrue(
          response.body().contains("data-status=\"" + expected + "\""),
          what + " is not the portal's " + expected + " page");
    }
  }

  @Test
  void everyViewIsRegistered() throws IOException {
    java.nio.file.Path webapp =
        java.nio.file.Path.of(System.getProperty("renkei.project.dir", ".")).resolve("webapp");
    Set<String> registered =
        new CirclePages()
            .all().stream()
                .map(CirclePage::viewFile)
                .collect(Collectors.toCollection(java.util.HashSet::new));
    Set<String> outsideCircles = Set.of("/index.xhtml", "/administration/invitation.xhtml");
    registered.add("/feeds/notices");
    jp.renkei.portal.platform.tenancy.AdminPages.PAGES.forEach(p -> registered.add(p.viewId()));
    FrontController.PERSONAL.values().forEach(p -> registered.add(p.viewId()));
    registered.addAll(FrontController.PORTAL_PAGES.values());
    try (Stream<java.nio.file.Path> files = Files.walk(webapp)) {
      List<String> unregistered =
          files
              .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
              .filter(v -> v.endsWith(".xhtml"))
              .filter(v -> !v.startsWith("/WEB-INF/") && !v.startsWith("/resources/"))
              .filter(v -> !outsideCircles.contains(v) && !registered.contains(v))
              .toList();
      assertEquals(List.of(), unregistered, "views with no entry in CirclePages");
    }
  }

  /**
   * A person's own pages: the anonymous are sent to sign in (or, for the pages a mail links to, see
   * a page that refuses a missing token); a member of another circle sees their own, never a word
   * of this circle.
   */
  @TestFactory
  Stream<DynamicTest> everyPersonalPageAsEveryKindOfCaller() {
    List<DynamicTest> tests = new ArrayList<>();
    FrontController.PERSONAL.forEach(
        (path, page) -> {
          tests.add(
              dynamicTest(
                  path + " anonymous",
                  () -> {
                    HttpResponse<String> response = PortalHttp.anonymous(stack).get(path);
                    if (page.signedIn()) {
                      assertEquals(302, response.statusCode(), path);
                      assertTrue(
                          response.headers().firstValue("Location").orElse("").contains("/signin"));
                    } else {
                      String body = Rendered.page(response, "token-refused");
                      assertFalse(body.contains("青森"), body);
                    }
                  }));
          tests.add(
              dynamicTest(
                  path + " as nagano-mayor",
                  () -> {
                    HttpResponse<String> response = Callers.as(stack, "nagano-mayor").get(path);
                    assertEquals(200, response.statusCode(), path);
                    assertTrue(response.body().contains("id=\"main\""), "the page rendered");
                    assertFalse(response.body().contains("青森"), path + " mentions another circle");
                  }));
        });
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointAsEveryKindOfCaller() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> resource : ApiApplication.RESOURCES) {
      for (Method method : resource.getMethods()) {
        if (!method.isAnnotationPresent(GET.class)) {
          continue;
        }
        String url = urlOf(resource, method);
        tests.add(dynamicTest(url, () -> endpoint(resource, method, url)));
      }
    }
    assertFalse(tests.isEmpty(), "no endpoints found");
    return tests.stream();
  }

  private static String produced(Class<?> resource, Method method) {
    Produces produces =
        method.isAnnotationPresent(Produces.class)
            ? method.getAnnotation(Produces.class)
            : resource.getAnnotation(Produces.class);
    return produces == null ? MediaType.APPLICATION_JSON : produces.value()[0];
  }

  private void endpoint(Class<?> resource, Method method, String url) {
    boolean isPublic =
        method.isAnnotationPresent(PermitAll.class)
            || (resource.isAnnotationPresent(PermitAll.class)
                && !method.isAnnotationPresent(RolesAllowed.class));
    boolean declared =
        isPublic
            || method.isAnnotationPresent(RolesAllowed.class)
            || resource.isAnnotationPresent(RolesAllowed.class);
    assertTrue(declared, url + " says nothing about who may call it");
    HttpResponse<String> anonymous = PortalHttp.anonymous(stack).get(url);
    if (isPublic) {
      String produces = produced(resource, method);
      if (produces.equals(MediaType.APPLICATION_JSON)) {
        // The sample id is a draft: public endpoints do not know it.
        Rendered.json(anonymous, url.contains("/agreements/") ? 404 : 200);
      } else {
        assertEquals(200, anonymous.statusCode(), url);
        assertTrue(
            anonymous.headers().firstValue("Content-Type").orElse("").startsWith(produces),
            url + " did not answer " + produces);
      }
      // Public data is the same for everybody: a member gets nothing more than a stranger.
      for (String caller : List.of("aomori-mayor", "nagano-mayor", "resident")) {
        assertEquals(
            anonymous.body(), Callers.as(stack, caller).get(url).body(), url + " as " + caller);
      }
      assertTrue(anonymous.headers().firstValue("Set-Cookie").isEmpty(), url + " made a session");
    } else {
      assertTrue(Set.of(401, 403).contains(anonymous.statusCode()), url + " anonymous");
      assertEquals(403, Callers.as(stack, "nagano-mayor").get(url).statusCode(), url);
      assertEquals(403, Callers.as(stack, "resident").get(url).statusCode(), url);
    }
  }

  private static String urlOf(Class<?> resource, Method method) {
    String path = "/api/" + resource.getAnnotation(Path.class).value();
    Path sub = method.getAnnotation(Path.class);
    if (sub != null) {
      path += "/" + sub.value();
    }
    // An agreement's id is the sample draft (外ヶ浜町's); other ids are public demo objects.
    String id = path.contains("/agreements/") ? "5" : "1";
    return path.replace("{slug}", CIRCLE).replace("{code}", MEMBER_CODE).replace("{id}", id);
  }

  private record Member(String username, String role) {}
}
