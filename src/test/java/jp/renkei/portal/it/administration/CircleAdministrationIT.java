package jp.renkei.portal.it.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.PortalPages;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import jp.renkei.portal.launch.MailCatcher;
import jp.renkei.portal.platform.localgov.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

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

  @Test
  void aCircleWithItsGroupsPartnersEligibilityRatiosAndDeclaration() {
    String morioka = valid("03201");
    String takizawa = valid("03216");
    String shizukuishi = valid("03301");
    try (Keycloak keycloak = serviceAccount();
        Browser admin = Browser.open(stack)) {
      RealmResource realm = keycloak.realm("renkei");
      admin.visit("/");
      PortalPages.signIn(admin, "admin");
      admin.visit("/admin/circles");

      fillCircle(
          admin, "morioka", "盛岡広域連携中枢都市圏", "Morioka Circle", "032010", "盛岡市", "Morioka City");
      admin.submit(By.id("create-form:create"));
      assertTrue(messages(admin).contains("市町村コードが正しくありません"), messages(admin));
      fillCircle(admin, "aomori", "重複", "Duplicate", morioka, "盛岡市", "Morioka City");
      admin.submit(By.id("create-form:create"));
      assertTrue(messages(admin).contains("すでに使われています"), messages(admin));
      assertFalse(groupPaths(realm).contains("/morioka"), "nothing reached Keycloak");

      fillCircle(admin, "morioka", "盛岡広域連携中枢都市圏", "Morioka Circle", morioka, "盛岡市", "Morioka City");
      admin.submit(By.id("create-form:create"));
      assertTrue(messages(admin).contains("圏域を作成しました"), messages(admin));
      assertTrue(groupPaths(realm).containsAll(Set.of("/morioka", "/morioka/" + morioka)));
      assertEquals(200, PortalHttp.anonymous(stack).get("/c/morioka/").statusCode());

      partner(admin, takizawa, "滝沢市", "Takizawa City", "CITY");
      assertTrue(messages(admin).contains("連携市町村を追加しました"), messages(admin));
      assertTrue(groupPaths(realm).contains("/morioka/" + takizawa));
      partner(admin, takizawa, "滝沢市", "Takizawa City", "CITY");
      assertTrue(messages(admin).contains("すでにこの圏域の構成市町村"), messages(admin));

      // 第3: a core city meets the conditions; a city with a day/night ratio below 1 does not.
      new Select(admin.find(By.id("eligibility-form:status"))).selectByValue("CORE");
      admin.type(By.id("eligibility-form:day-night"), "1.02");
      admin.submit(By.id("eligibility-form:record-eligibility"));
      assertTrue(admin.isPresent(By.id("eligibility-ok")));
      new Select(admin.find(By.id("eligibility-form:status"))).selectByValue("OTHER");
      admin.type(By.id("eligibility-form:day-night"), "0.95");
      admin.submit(By.id("eligibility-form:record-eligibility"));
      String failures = admin.find(By.id("eligibility-failures")).getText();
      assertTrue(failures.contains("指定都市または中核市ではありません"), failures);
      assertTrue(failures.contains("昼夜間人口比率が1を下回って"), failures);

      // 第5(1): a neighbour at 0.1 or more that is not a partner should be consulted.
      admin.type(By.id("ratio-form:code"), shizukuishi);
      admin.type(By.id("ratio-form:name"), "雫石町");
      admin.type(By.id("ratio-form:ratio"), "0.25");
      admin.submit(By.id("ratio-form:record-ratio"));
      assertTrue(admin.find(By.id("should-consult")).getText().contains("雫石町"));
      admin.type(By.id("ratio-form:code"), shizukuishi);
      admin.type(By.id("ratio-form:name"), "雫石町");
      admin.type(By.id("ratio-form:ratio"), "1.5");
      admin.submit(By.id("ratio-form:record-ratio"));
      assertTrue(messages(admin).contains("0から1までの数値"), messages(admin));
      partner(admin, shizukuishi, "雫石町", "Shizukuishi Town", "TOWN");
      assertFalse(admin.isPresent(By.id("should-consult")), "a partner now");

      // 第4: the declaration, published at once.
      admin.setValue("declaration-form:declared-on", today().toString());
      for (int i = 0; i < 5; i++) {
        admin.type(By.id("declaration-form:item-" + i), "宣言の項目" + (i + 1) + "（結合テスト）");
      }
      admin.submit(By.id("declaration-form:declare"));
      assertTrue(messages(admin).contains("宣言を記録し"), messages(admin));
      assertTrue(PortalHttp.anonymous(stack).get("/c/morioka/notices").body().contains("連携中枢都市宣言"));

      // Removing a partner removes its group; the central city has no remove button at all.
      admin.submit(By.id("remove-" + takizawa + ":remove"));
      assertTrue(messages(admin).contains("連携市町村を外しました"), messages(admin));
      assertFalse(groupPaths(realm).contains("/morioka/" + takizawa));
      assertFalse(admin.isPresent(By.id("remove-" + morioka + ":remove")));

      // Only the central city's staff can administer a circle's people.
      admin.type(By.id("grant-form:username"), "aomori-mayor");
      admin.submit(By.id("grant-form:grant"));
      assertTrue(messages(admin).contains("連携中枢都市の職員だけ"), messages(admin));

      admin.visit("/admin/audit?circle=morioka");
      String log = admin.find(By.id("audit-table")).getText();
      assertTrue(log.contains("圏域を作成") && log.contains("連携市町村を除外"), log);
    }
  }

  @Test
  void anInvitedPersonChoosesAPasswordSignsInSeesTheCircleAndIsRemovedAgain() {
    String email = "yomogita.kikaku@example.invalid";
    try (Keycloak keycloak = serviceAccount();
        Browser mayor = Browser.open(stack);
        Browser invited = Browser.open(stack)) {
      RealmResource realm = keycloak.realm("renkei");
      mayor.visit("/c/aomori/");
      PortalPages.signIn(mayor, "aomori-mayor");
      mayor.visit("/c/aomori/people");
      assertTrue(mayor.find(By.id("people-table")).getText().contains("hiranai-staff"));

      // The browser checks the form of an address; the portal checks more (a domain with a dot).
      invite(mayor, "taro@localhost", "023051", "PARTNER_STAFF");
      assertTrue(messages(mayor).contains("メールアドレスが正しくありません"), messages(mayor));
      invite(mayor, email, "022012", "PARTNER_STAFF");
      assertTrue(messages(mayor).contains("その役割はその市町村には合いません"), messages(mayor));
      assertTrue(realm.users().searchByEmail(email, true).isEmpty(), "nothing in Keycloak");

      invite(mayor, email, "023051", "PARTNER_STAFF");
      assertTrue(messages(mayor).contains("招待のメールを送りました"), messages(mayor));
      MimeMessage mail = stack.mail().awaitMessageTo(email, Duration.ofSeconds(20)).orElseThrow();
      String text = MailCatcher.text(mail);
      assertTrue(text.contains("招待されました") && text.contains("You have been invited"), text);
      Matcher link = LINK.matcher(text);
      assertTrue(link.find(), text);
      String invitation = link.group(1).substring(link.group(1).indexOf("/invitation"));

      invited.visit(invitation);
      assertTrue(invited.find(By.id("invitation-circle")).getText().contains("青森圏域"));
      // The browser asks for 12 characters; the portal checks again, and that both agree.
      invited.type(By.id("invitation-form:last-name"), "蓬田");
      invited.type(By.id("invitation-form:first-name"), "企画");
      invited.type(By.id("invitation-form:password"), "yomogita-pass-2026");
      invited.type(By.id("invitation-form:repeated"), "yomogita-pass-2062");
      invited.submit(By.id("invitation-form:accept"));
      assertTrue(messages(invited).contains("一致しません"), messages(invited));
      invited.type(By.id("invitation-form:password"), "yomogita-pass-2026");
      invited.type(By.id("invitation-form:repeated"), "yomogita-pass-2026");
      invited.submit(By.id("invitation-form:accept"));
      assertFalse(invited.isPresent(By.id("invitation-form")), messages(invited));
      new PortalPages.KeycloakLogin(invited).signIn(email, "yomogita-pass-2026");
      invited.waitForUrlContaining("/c/aomori/");
      invited.visit("/c/aomori/members");
      assertTrue(invited.find(By.id("my-municipalities")).getText().contains("蓬田村"));
      assertTrue(invited.find(By.id("my-roles")).getText().contains("連携市町村の職員"));
      invited.visit(invitation);
      assertTrue(invited.isPresent(By.id("invitation-unusable")), "a link works once");

      // Somebody Keycloak knows is added to a second circle and told so; no new password.
      try (Browser naganoMayor = Browser.open(stack)) {
        naganoMayor.visit("/c/nagano/");
        PortalPages.signIn(naganoMayor, "nagano-mayor");
        naganoMayor.visit("/c/nagano/people");
        // Roles are realm-wide: another role in a second circle would count in both.
        invite(naganoMayor, email, "202070", "COUNCIL_MEMBER");
        assertTrue(messages(naganoMayor).contains("役割は圏域をまたいで共通"), messages(naganoMayor));
        invite(naganoMayor, email, "202070", "PARTNER_STAFF");
        assertTrue(messages(naganoMayor).contains("招待のメールを送りました"), messages(naganoMayor));
      }
      assertTrue(
          stack.mail().messages().stream()
              .filter(m -> MailCatcher.text(m).contains("長野地域"))
              .anyMatch(m -> MailCatcher.text(m).contains("追加されました")),
          "the note to an existing account");
      new PortalPages.Header(invited).signOut();
      invited.visit("/c/nagano/");
      new PortalPages.Header(invited).clickSignIn();
      new PortalPages.KeycloakLogin(invited).signIn(email, "yomogita-pass-2026");
      invited.find(By.id("sign-out"));
      String circles = invited.find(By.id("circle-switcher")).getText();
      assertTrue(circles.contains("青森圏域") && circles.contains("長野地域"), circles);

      // Removed again: out of the group and the role, at the next sign-in.
      mayor.visit("/c/aomori/people");
      mayor.submit(By.id("remove-" + email.replace('.', '_').replace('@', '_') + ":remove"));
      assertTrue(messages(mayor).contains("圏域から外しました"), messages(mayor));
      UserRepresentation user = realm.users().searchByEmail(email, true).get(0);
      assertEquals(
          List.of("/nagano/202070"),
          realm.users().get(user.getId()).groups().stream().map(g -> g.getPath()).toList(),
          "out of 青森, still in 長野");

      // The circle's last administrator stays.
      mayor.submit(By.id("remove-aomori-mayor:remove"));
      assertTrue(messages(mayor).contains("最後の管理者"), messages(mayor));
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
      mayor.visit("/c/nagano/");
      PortalPages.signIn(mayor, "nagano-mayor");
      mayor.visit("/c/nagano/people");
      stack.mail().stop();
      try {
        invite(mayor, email, "202070", "COUNCIL_MEMBER");
        assertTrue(messages(mayor).contains("メールサーバーに送信できなかった"), messages(mayor));
      } finally {
        stack.mail().start();
      }
      assertTrue(
          keycloak.realm("renkei").users().searchByEmail(email, true).isEmpty(),
          "the account made for the invitation was deleted again");
      assertFalse(mayor.isPresent(By.id("invitations")), "no invitation left behind");
    }
  }

  private static void fillCircle(
      Browser admin,
      String slug,
      String nameJa,
      String nameEn,
      String code,
      String cityJa,
      String cityEn) {
    admin.type(By.id("create-form:slug"), slug);
    admin.type(By.id("create-form:name-ja"), nameJa);
    admin.type(By.id("create-form:name-en"), nameEn);
    admin.type(By.id("create-form:central-code"), code);
    admin.type(By.id("create-form:central-name-ja"), cityJa);
    admin.type(By.id("create-form:central-name-en"), cityEn);
    new Select(admin.find(By.id("create-form:central-kind"))).selectByValue("CITY");
  }

  private static void partner(Browser admin, String code, String ja, String en, String kind) {
    admin.type(By.id("partner-form:partner-code"), code);
    admin.type(By.id("partner-form:partner-name-ja"), ja);
    admin.type(By.id("partner-form:partner-name-en"), en);
    new Select(admin.find(By.id("partner-form:partner-kind"))).selectByValue(kind);
    admin.submit(By.id("partner-form:add-partner"));
  }

  private static void invite(Browser mayor, String email, String code, String role) {
    mayor.type(By.id("invite-form:email"), email);
    new Select(mayor.find(By.id("invite-form:municipality"))).selectByValue(code);
    new Select(mayor.find(By.id("invite-form:role"))).selectByValue(role);
    mayor.submit(By.id("invite-form:invite"));
  }

  /** The five digits with their check digit. */
  private static String valid(String fiveDigits) {
    for (int d = 0; d <= 9; d++) {
      if (MunicipalityCode.isValid(fiveDigits + d)) {
        return fiveDigits + d;
      }
    }
    throw new IllegalArgumentException(fiveDigits);
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

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Tokyo"));
  }

  private static String messages(Browser browser) {
    return browser.isPresent(By.id("messages")) ? browser.find(By.id("messages")).getText() : "";
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
