package jp.renkei.portal.it.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.renkei.portal.it.pages.Header;
import jp.renkei.portal.it.pages.KeycloakLoginPage;
import jp.renkei.portal.it.pages.PortalHomePage;
import jp.renkei.portal.it.pages.administration.AuditPage;
import jp.renkei.portal.it.pages.administration.CirclePage;
import jp.renkei.portal.it.pages.administration.CirclesPage;
import jp.renkei.portal.it.pages.administration.InvitationPage;
import jp.renkei.portal.it.pages.administration.PeoplePage;
import jp.renkei.portal.it.pages.circle.CircleHomePage;
import jp.renkei.portal.it.pages.circle.MembersPage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestMunicipalities;
import jp.renkei.portal.it.support.TestStack;
import jp.renkei.portal.launch.MailCatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Administering circles and people against the real Keycloak and a real SMTP server: a portal
 * administrator creates a circle (its groups appear in Keycloak), adds and removes partners,
 * records eligibility, ratios and the declaration; a circle's administrator invites a person by
 * e-mail, who follows the link, chooses a password, signs in and sees the circle — and is removed
 * again. Bad input and a mail server that is down change nothing, in the portal or in Keycloak.
 */
@ExtendWith(StackExtension.class)
class CircleAdministrationIT {

  private static final Pattern LINK =
      Pattern.compile("(http://\\S+/invitation\\?token=[A-Za-z0-9_-]+)");

  private final TestStack stack;

  CircleAdministrationIT(TestStack stack) {
    this.stack = stack;
  }

  private static final String HIRANAI = "023035";
  private static final String SOTOGAHAMA = "023078";

  @Test
  void aCircleWithItsGroupsPartnersEligibilityRatiosAndDeclaration() {
    String morioka = TestMunicipalities.withCheckDigit("03201");
    String takizawa = TestMunicipalities.withCheckDigit("03216");
    String shizukuishi = TestMunicipalities.withCheckDigit("03301");
    try (Keycloak keycloak = serviceAccount();
        Browser admin = Browser.open(stack)) {
      RealmResource realm = keycloak.realm("renkei");
      PortalHomePage.open(admin).header().signIn("admin");
      CirclesPage circles = CirclesPage.open(admin);

      circles.create("morioka", "盛岡広域連携中枢都市圏", "Morioka Circle", "032010", "盛岡市", "Morioka City");
      assertTrue(circles.messages().contains("市町村コードが正しくありません"), circles.messages());
      circles.create("aomori", "重複", "Duplicate", morioka, "盛岡市", "Morioka City");
      assertTrue(circles.messages().contains("すでに使われています"), circles.messages());
      assertFalse(groupPaths(realm).contains("/morioka"), "nothing reached Keycloak");

      circles.create("morioka", "盛岡広域連携中枢都市圏", "Morioka Circle", morioka, "盛岡市", "Morioka City");
      CirclePage circle = new CirclePage(admin);
      assertTrue(circle.messages().contains("圏域を作成しました"), circle.messages());
      assertEquals("/admin/circles/morioka", circle.path());
      assertTrue(
          groupPaths(realm)
              .containsAll(Set.of("/morioka", "/morioka/" + morioka, "/prefectures/03")),
          "the circle, its city and the group of 岩手県's observers");
      assertEquals(200, PortalHttp.anonymous(stack).get("/c/morioka/").statusCode());

      circle.addPartner(takizawa, "滝沢市", "Takizawa City", "CITY");
      assertTrue(circle.messages().contains("市町村を圏域に追加しました"), circle.messages());
      assertTrue(groupPaths(realm).contains("/morioka/" + takizawa));
      circle.addPartner(takizawa, "滝沢市", "Takizawa City", "CITY");
      assertTrue(circle.messages().contains("すでにこの圏域の構成市町村"), circle.messages());

      // 第3: a core city meets the conditions; a city with a day/night ratio below about 1 does not.
      circle.recordEligibility("CORE", "1.02");
      assertTrue(circle.eligible());
      circle.recordEligibility("OTHER", "0.90");
      String failures = circle.eligibilityFailures();
      assertTrue(failures.contains("指定都市または中核市ではありません"), failures);
      assertTrue(failures.contains("おおむね1以上（0.95以上）ではありません"), failures);

      // 第5(1): a neighbour at 0.1 or more that is not a partner should be consulted.
      circle.recordRatio(shizukuishi, "雫石町", "0.25");
      assertTrue(circle.shouldConsult().contains("雫石町"));
      circle.recordRatio(shizukuishi, "雫石町", "1.5");
      assertTrue(circle.messages().contains("0から1までの数値"), circle.messages());
      circle.addPartner(shizukuishi, "雫石町", "Shizukuishi Town", "TOWN");
      assertFalse(circle.listsShouldConsult(), "a partner now");

      // 第4: the central city declares (DeclarationIT); the administrator is pointed there.
      assertTrue(circle.declaration().contains("連携中枢都市の職員が宣言のページで"), circle.declaration());

      // Removing a partner removes its group; the central city has no remove button at all.
      circle.removePartner(takizawa);
      assertTrue(circle.messages().contains("市町村を圏域から外しました"), circle.messages());
      assertFalse(groupPaths(realm).contains("/morioka/" + takizawa));
      assertFalse(circle.offersRemoving(morioka));

      // Only the central city's staff can administer a circle's people.
      circle.grantAdministrator("aomori-mayor");
      assertTrue(circle.messages().contains("連携中枢都市の職員だけ"), circle.messages());

      String log = AuditPage.open(admin, "circle=morioka").entries();
      assertTrue(log.contains("圏域を作成") && log.contains("連携市町村を除外"), log);
    }
  }

  /** 要綱 第6(1): who is a partner follows from the agreements, and a bound one cannot leave. */
  @Test
  void aMunicipalityWithAnAgreementCannotLeaveAndPartnersAreThoseWithOneInForce() {
    try (Browser admin = Browser.open(stack)) {
      PortalHomePage.open(admin).header().signIn("admin");
      CirclePage circle = CirclePage.open(admin, "aomori");
      assertTrue(circle.memberRole(HIRANAI).contains("連携協約が発効"), circle.memberRole(HIRANAI));
      assertTrue(circle.memberRole(SOTOGAHAMA).contains("協議中"), circle.memberRole(SOTOGAHAMA));

      circle.removePartner(HIRANAI);
      assertTrue(circle.messages().contains("連携協約（案を含む）があるため"), circle.messages());
      circle.removePartner(SOTOGAHAMA);
      assertTrue(circle.messages().contains("連携協約（案を含む）があるため"), "a draft binds too");

      CircleHomePage home = CircleHomePage.open(admin, "aomori");
      assertTrue(home.partners().contains("平内町") && home.partners().contains("今別町"));
      assertTrue(home.neighboursInTalks().contains("外ヶ浜町"), home.neighboursInTalks());
      assertFalse(home.partners().contains("外ヶ浜町"));
      String api = Rendered.json(PortalHttp.anonymous(stack).get("/api/v1/circles/aomori"), 200);
      assertTrue(jsonArray(api, "neighboursInTalks").contains(SOTOGAHAMA), api);
      assertFalse(jsonArray(api, "partners").contains(SOTOGAHAMA), api);
      assertTrue(jsonArray(api, "partners").contains(HIRANAI), api);
    }
  }

  /** 要綱 第5(1): the neighbours at 0.1 or more that take no part are public, with why. */
  @Test
  void theNeighboursAtOneTenthThatTakeNoPartAreShownWithWhy() {
    String nagano = Rendered.page(PortalHttp.anonymous(stack).get("/c/nagano/"), "not-taking-part");
    assertTrue(nagano.contains("中野市（0.128）：北信定住自立圏の構成員であるため"), "the Q&A's reason");
    assertTrue(nagano.contains("麻績村（0.106）：松本広域連合の構成員であるため"), "the Q&A's reason");
    String aomori = Rendered.page(PortalHttp.anonymous(stack).get("/c/aomori/"), "in-talks");
    assertFalse(aomori.contains("id=\"not-taking-part\""), "外ヶ浜町 is in talks, not absent");
  }

  /** The JSON array under this key (of municipalities: no arrays inside). */
  private static String jsonArray(String json, String key) {
    int start = json.indexOf("\"" + key + "\":[");
    assertTrue(start >= 0, key + " missing in " + json);
    return json.substring(start, json.indexOf(']', start));
  }

  @Test
  void anInvitedPersonChoosesAPasswordSignsInSeesTheCircleAndIsRemovedAgain() {
    String email = "yomogita.kikaku@example.invalid";
    try (Keycloak keycloak = serviceAccount();
        Browser mayor = Browser.open(stack);
        Browser invited = Browser.open(stack)) {
      RealmResource realm = keycloak.realm("renkei");
      CircleHomePage.open(mayor, "aomori").header().signIn("aomori-mayor");
      PeoplePage people = PeoplePage.open(mayor, "aomori");
      assertTrue(people.people().contains("hiranai-staff"));

      // The browser checks the form of an address; the portal checks more (a domain with a dot).
      people.invite("taro@localhost", "023051", "PARTNER_STAFF");
      assertTrue(people.messages().contains("メールアドレスが正しくありません"), people.messages());
      people.invite(email, "022012", "PARTNER_STAFF");
      assertTrue(people.messages().contains("その役割はその市町村には合いません"), people.messages());
      assertTrue(realm.users().searchByEmail(email, true).isEmpty(), "nothing in Keycloak");

      people.invite(email, "023051", "PARTNER_STAFF");
      assertTrue(people.messages().contains("招待のメールを送りました"), people.messages());
      MimeMessage mail = stack.mail().awaitMessageTo(email, Duration.ofSeconds(20)).orElseThrow();
      String text = MailCatcher.text(mail);
      assertTrue(text.contains("招待されました") && text.contains("You have been invited"), text);
      Matcher link = LINK.matcher(text);
      assertTrue(link.find(), text);
      String invitation = link.group(1).substring(link.group(1).indexOf("/invitation"));

      InvitationPage accepting = InvitationPage.open(invited, invitation);
      assertTrue(accepting.circle().contains("青森圏域"));
      // The browser asks for 12 characters; the portal checks again, and that both agree.
      accepting.accept("蓬田", "企画", "yomogita-pass-2026", "yomogita-pass-2062");
      assertTrue(accepting.messages().contains("一致しません"), accepting.messages());
      accepting.accept("蓬田", "企画", "yomogita-pass-2026", "yomogita-pass-2026");
      assertFalse(accepting.offersForm(), "the invitation was used");
      new KeycloakLoginPage(invited).signIn(email, "yomogita-pass-2026");
      invited.waitForUrlContaining("/c/aomori/");
      MembersPage members = MembersPage.open(invited, "aomori");
      assertTrue(members.municipalities().contains("蓬田村"));
      assertTrue(members.roles().contains("連携市町村の職員"));
      assertTrue(InvitationPage.open(invited, invitation).saysUnusable(), "a link works once");

      // Somebody Keycloak knows is added to a second circle and told so; no new password.
      try (Browser naganoMayor = Browser.open(stack)) {
        CircleHomePage.open(naganoMayor, "nagano").header().signIn("nagano-mayor");
        PeoplePage nagano = PeoplePage.open(naganoMayor, "nagano");
        // Roles are realm-wide: another role in a second circle would count in both.
        nagano.invite(email, "202070", "COUNCIL_MEMBER");
        assertTrue(nagano.messages().contains("役割は圏域をまたいで共通"), nagano.messages());
        nagano.invite(email, "202070", "PARTNER_STAFF");
        assertTrue(nagano.messages().contains("招待のメールを送りました"), nagano.messages());
      }
      assertTrue(
          stack.mail().messages().stream()
              .filter(m -> MailCatcher.text(m).contains("長野地域"))
              .anyMatch(m -> MailCatcher.text(m).contains("追加されました")),
          "the note to an existing account");
      new Header(invited).signOut();
      CircleHomePage.open(invited, "nagano").header().clickSignIn();
      new KeycloakLoginPage(invited).signIn(email, "yomogita-pass-2026");
      String circles = new Header(invited).myCircles();
      assertTrue(circles.contains("青森圏域") && circles.contains("長野地域"), circles);

      // Removed again: out of the group and the role, at the next sign-in.
      people = PeoplePage.open(mayor, "aomori");
      people.remove(email);
      assertTrue(people.messages().contains("圏域から外しました"), people.messages());
      UserRepresentation user = realm.users().searchByEmail(email, true).get(0);
      assertEquals(
          List.of("/nagano/202070"),
          realm.users().get(user.getId()).groups().stream().map(g -> g.getPath()).toList(),
          "out of 青森, still in 長野");
      // Still signed in with a token that names 青森: from the next request on it no longer counts.
      // The portal signs the person in again through Keycloak — no password — with today's rights.
      invited.visit("/c/aomori/members");
      assertTrue(invited.pageText().contains("権限がありません"), invited.pageText());
      invited.visit("/inbox");
      String after = new Header(invited).myCircles();
      assertFalse(after.contains("青森圏域"), after);
      assertTrue(after.contains("長野地域"), after);

      // The circle's last administrator stays.
      people.remove("aomori-mayor");
      assertTrue(people.messages().contains("最後の管理者"), people.messages());
      assertEquals(403, Callers.as(stack, "hiranai-staff").get("/c/aomori/people").statusCode());
    }
  }

  @Test
  void aLinkThatIsNotAnInvitationOpensNothing() {
    var response = PortalHttp.anonymous(stack).get("/invitation?token=not-a-token");
    assertFalse(Rendered.page(response, "invitation-unusable").contains("invitation-form"));
    assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no session for it");
    var guessed = PortalHttp.anonymous(stack).get("/invitation?token=" + "A".repeat(43));
    assertTrue(guessed.body().contains("id=\"invitation-unusable\""));
  }

  @Test
  void whenTheMailServerIsDownTheInvitationIsWithdrawnEverywhere() {
    String email = "mail-down@example.invalid";
    try (Keycloak keycloak = serviceAccount();
        Browser mayor = Browser.open(stack)) {
      CircleHomePage.open(mayor, "nagano").header().signIn("nagano-mayor");
      PeoplePage people = PeoplePage.open(mayor, "nagano");
      stack.mail().stop();
      try {
        people.invite(email, "202070", "COUNCIL_MEMBER");
        assertTrue(people.messages().contains("メールサーバーに送信できなかった"), people.messages());
      } finally {
        stack.mail().start();
      }
      assertTrue(
          keycloak.realm("renkei").users().searchByEmail(email, true).isEmpty(),
          "the account made for the invitation was deleted again");
      assertFalse(people.listsOpenInvitations(), "no invitation left behind");
    }
  }

  @Test
  void aNameKeycloakRefusesIsSaidToBeTheInputNotAnOutage() {
    try (Keycloak keycloak = serviceAccount();
        Browser mayor = Browser.open(stack)) {
      CircleHomePage.open(mayor, "nagano").header().signIn("nagano-mayor");
      PeoplePage people = PeoplePage.open(mayor, "nagano");

      people.createAccount(
          "refused-name", "refused@example.invalid", "<須坂>", "${太郎}", "202070", "COUNCIL_MEMBER");

      assertTrue(people.messages().contains("入力内容を受け付けませんでした"), people.messages());
      assertFalse(people.messages().contains("接続できない"), people.messages());
      assertTrue(
          keycloak.realm("renkei").users().searchByUsername("refused-name", true).isEmpty(),
          "nothing was created");
    }
  }

  private static Set<String> groupPaths(RealmResource realm) {
    Set<String> paths = new java.util.TreeSet<>();
    for (GroupRepresentation top : realm.groups().groups(null, 0, 500, true)) {
      paths.add("/" + top.getName());
      realm.groups().group(top.getId()).getSubGroups(0, 500, true).stream()
          .map(g -> "/" + top.getName() + "/" + g.getName())
          .collect(Collectors.toCollection(() -> paths));
    }
    return paths;
  }

  private Keycloak serviceAccount() {
    return KeycloakBuilder.builder()
        .serverUrl(stack.keycloakUrl())
        .realm("renkei")
        .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
        .clientId("renkei-admin")
        .clientSecret("renkei-admin-dev-secret")
        .build();
  }
}
