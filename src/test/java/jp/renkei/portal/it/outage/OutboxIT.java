package jp.renkei.portal.it.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.renkei.portal.it.pages.circle.CircleHomePage;
import jp.renkei.portal.it.pages.consultation.ConsultationListPage;
import jp.renkei.portal.it.pages.inbox.InboxPage;
import jp.renkei.portal.it.pages.notice.NoticesPage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.Mailbox;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import jp.renkei.portal.it.support.TestingHooks;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The outbox keeps its word through faults: a portal restarted between the change and the mail
 * sends the mail once; a mail server that is down delays the mail, and one that keeps refusing
 * turns it into a dead letter the administrator sees and sends again. Restarts the portal, so it
 * runs after the journeys and before the outages.
 */
@ExtendWith(StackExtension.class)
@Order(Integer.MAX_VALUE - 1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxIT {

  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
  private static final String NEXT_MONTH =
      LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30).toString();

  private final TestStack stack;
  private final Mailbox mailbox;
  private final TestingHooks hooks;

  OutboxIT(TestStack stack) {
    this.stack = stack;
    assertNotNull(
        stack.stack(), "OutboxIT restarts the portal: run it on a stack the tests started");
    this.mailbox = new Mailbox(stack);
    this.hooks = new TestingHooks(stack);
  }

  @Test
  @Order(1)
  void aRestartBetweenTheChangeAndTheMailSendsItExactlyOnce() throws Exception {
    stack.stack().restartPortal(Map.of("RENKEI_JOBS_ENABLED", "false"));
    Callers.forgetAll();
    propose("再起動をまたぐ協議");
    Mailbox.settle();
    assertTrue(mailbox.find("hiranai-staff", "再起動をまたぐ協議").isEmpty(), "the scheduler is off");

    stack.stack().restartPortal(Map.of());
    Callers.forgetAll();

    mailbox.await("hiranai-staff", "再起動をまたぐ協議");
    Mailbox.settle();
    assertEquals(1, mailbox.find("hiranai-staff", "再起動をまたぐ協議").size());
  }

  @Test
  @Order(2)
  void aMailServerThatIsDownDelaysTheMailAndNothingIsLost() {
    stack.mail().stop();
    try {
      propose("メールサーバー停止中の協議");
      Mailbox.settle();
    } finally {
      stack.mail().start();
    }
    try {
      hooks.moveClock(Duration.ofMinutes(2));
      hooks.run("notifications");
      mailbox.await("hiranai-staff", "メールサーバー停止中の協議");
    } finally {
      hooks.resetClock();
    }
  }

  @Test
  @Order(3)
  void aMailThatKeepsFailingIsADeadLetterTheAdministratorSendsAgain() {
    stack.mail().stop();
    try {
      propose("届かない協議");
      for (int minutes = 2; minutes <= 2 * 64 * 6; minutes *= 2) {
        hooks.moveClock(Duration.ofMinutes(minutes));
        hooks.run("notifications");
      }
    } finally {
      hooks.resetClock();
    }
    try (Browser admin = Browser.open(stack)) {
      CircleHomePage.open(admin, "aomori").header().signIn("admin");
      assertTrue(
          InboxPage.open(admin).actions().stream().anyMatch(a -> a.contains("届けられなかったメール")),
          "the administrator's inbox says so");
      admin.visit("/admin/mail");
      String list = admin.find(By.id("dead-letters")).getText();
      assertTrue(list.contains("hiranai-staff@demo.renkei.invalid"), list);
      assertTrue(list.contains("届かない協議"), list);
      stack.mail().start();
      admin
          .find(
              By.xpath(
                  "//table[@id='dead-letters']//tr[contains(., '届かない協議')"
                      + " and contains(., 'hiranai-staff@')]//input[@type='submit']"))
          .click();
      mailbox.await("hiranai-staff", "届かない協議");
    } finally {
      stack.mail().start();
    }
    String page = Rendered.page(Callers.as(stack, "admin").get("/admin/mail"), "admin-mail-title");
    assertFalse(page.contains("hiranai-staff@demo.renkei.invalid"), "sent again, it left the list");
  }

  /**
   * A notice to more followers than the dispatcher writes at once (it forgets each thousand
   * written, so that a national audience does not fill the heap): every follower is told once, by
   * one mail, and the followers of another circle not at all.
   */
  @Test
  @Order(4)
  void aNoticeToThousandsOfFollowersReachesEachOfThemOnce() throws Exception {
    String title = "二千五百人へのお知らせ";
    int followers = 2500;
    followByAddress("nagano", "crowd-", followers);
    followByAddress("aomori", "elsewhere-", 50);
    try {
      try (Browser city = Browser.open(stack)) {
        CircleHomePage.open(city, "nagano").header().signIn("nagano-mayor");
        NoticesPage notices = NoticesPage.open(city, "nagano");
        notices.write(title, "多くの住民にお知らせします。", null, null);
        assertTrue(notices.list().contains(title), notices.messages());
      }
      long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      List<String> told = crowdTold(title);
      while (told.size() < followers && System.nanoTime() < until) {
        Thread.sleep(500);
        told = crowdTold(title);
      }
      Mailbox.settle();
      told = crowdTold(title);

      assertEquals(followers, told.size(), "one mail each, none twice");
      assertEquals(followers, told.stream().distinct().count(), "every follower");
      assertEquals(List.of(), told(title, "elsewhere-"), "another circle's followers get no mail");
      try (Connection db = TestStack.database();
          ResultSet rows =
              db.createStatement()
                  .executeQuery(
                      "SELECT count(*), count(DISTINCT event_id) FROM notification"
                          + " WHERE recipient LIKE 'mailto:crowd-%' AND status = 'SENT'")) {
        rows.next();
        assertEquals(followers, rows.getInt(1), "each notification written and sent once");
        assertEquals(1, rows.getInt(2), "of the one notice");
      }
      try (Connection db = TestStack.database();
          ResultSet rows =
              db.createStatement()
                  .executeQuery(
                      "SELECT count(*) FROM notification WHERE recipient LIKE 'mailto:elsewhere-%'")) {
        rows.next();
        assertEquals(0, rows.getInt(1), "nor a notification");
      }
    } finally {
      try (Connection db = TestStack.database();
          Statement sql = db.createStatement()) {
        sql.executeUpdate(
            "DELETE FROM follow WHERE email LIKE 'crowd-%' OR email LIKE 'elsewhere-%'");
      }
    }
  }

  /** Confirmed followers of the circle by address alone, {@code <prefix>N@example.invalid}. */
  private static void followByAddress(String slug, String prefix, int followers)
      throws SQLException {
    try (Connection db = TestStack.database();
        PreparedStatement sql =
            db.prepareStatement(
                "INSERT INTO follow (id, circle_id, email, language, created_at, confirmed_at)"
                    + " SELECT nextval('follow_seq'), c.id, CAST(? AS text) || g || '@example.invalid',"
                    + " 'ja', LOCALTIMESTAMP, LOCALTIMESTAMP"
                    + " FROM circle c, generate_series(1, ?) g WHERE c.slug = ?")) {
      sql.setString(1, prefix);
      sql.setInt(2, followers);
      sql.setString(3, slug);
      assertEquals(followers, sql.executeUpdate());
    }
  }

  /** The crowd's addresses, once per mail about the notice that reached them. */
  private List<String> crowdTold(String title) {
    return told(title, "crowd-");
  }

  /** The addresses starting with the prefix, once per mail about the notice that reached them. */
  private List<String> told(String title, String prefix) {
    return mailbox.all().stream()
        .filter(m -> m.subject().contains(title))
        .flatMap(m -> recipients(m).stream())
        .filter(address -> address.startsWith(prefix))
        .toList();
  }

  private static List<String> recipients(Mailbox.Mail mail) {
    try {
      var all = mail.message().getAllRecipients();
      return all == null ? List.of() : Arrays.stream(all).map(Object::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void propose(String title) {
    try (Browser city = Browser.open(stack)) {
      CircleHomePage.open(city, "aomori").header().signIn("aomori-mayor");
      ConsultationListPage.open(city, "aomori")
          .title(title)
          .invite("023035")
          .slot(0, NEXT_MONTH, "14:00", "15:00", "青森市役所")
          .propose();
      assertTrue(city.currentUrl().contains("/consultations/"), city.currentUrl());
    }
  }
}
