package jp.renkei.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.renkei.portal.circle.entity.CircleRole;
import jp.renkei.portal.platform.localgov.MunicipalityKind;
import jp.renkei.portal.platform.localgov.Prefecture;
import jp.renkei.portal.platform.security.PortalRole;
import org.junit.jupiter.api.Test;

/** Japanese and English say the same things: one key set, and every key a page uses exists. */
class MessageBundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/jp/renkei/portal/i18n");

  private static Properties load(String language) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            BUNDLES.resolve("messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @Test
  void japaneseAndEnglishHaveTheSameKeys() throws IOException {
    assertEquals(
        new TreeSet<>(load("ja").stringPropertyNames()),
        new TreeSet<>(load("en").stringPropertyNames()));
  }

  @Test
  void everyKeyAPageUsesExists() throws IOException {
    Set<String> keys = load("ja").stringPropertyNames();
    Pattern used = Pattern.compile("msg\\['([a-z0-9.-]+)'\\]");
    try (Stream<Path> pages = Files.walk(Path.of("webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = used.matcher(Files.readString(page));
        while (m.find()) {
          assertTrue(keys.contains(m.group(1)), page + " uses a missing key " + m.group(1));
        }
      }
    }
  }

  @Test
  void everyEnumLabelExists() throws IOException {
    Set<String> keys = load("en").stringPropertyNames();
    Stream.of(Prefecture.values())
        .forEach(p -> assertTrue(keys.contains(p.messageKey()), p.messageKey()));
    Stream.of(PortalRole.values())
        .forEach(r -> assertTrue(keys.contains(r.messageKey()), r.messageKey()));
    Stream.of(CircleRole.values())
        .forEach(r -> assertTrue(keys.contains(r.messageKey()), r.messageKey()));
    Stream.of(MunicipalityKind.values())
        .forEach(k -> assertTrue(keys.contains(k.messageKey()), k.messageKey()));
  }

  @Test
  void messagesAreFormattedInTheAskedLanguage() {
    assertTrue(
        Messages.text(java.util.Locale.ENGLISH, "circle.municipality.code.invalid", "12345")
            .startsWith("\"12345\""));
    assertTrue(
        Messages.text(java.util.Locale.JAPANESE, "circle.municipality.code.invalid", "12345")
            .startsWith("「12345」"));
  }

  @Test
  void aListArgumentIsWrittenAsTheReadersLanguageListsThings() {
    java.util.List<String> names = java.util.List.of("平内町", "今別町");
    assertEquals(
        "通勤通学割合が0.1以上と記録されている平内町、今別町が⑤にありません。⑤に記載するか、記載しない理由を説明欄に入力してください。",
        Messages.text(java.util.Locale.JAPANESE, "declaration.error.commuting-unexplained", names));
    assertTrue(
        Messages.text(java.util.Locale.ENGLISH, "declaration.error.commuting-unexplained", names)
            .contains("平内町, 今別町"));
  }

  @Test
  void anApostropheInAPatternWithArgumentsIsWrittenTwice() throws IOException {
    // MessageFormat reads a lone apostrophe as the start of quoted text: "the city's {0}" would
    // print "the citys {0}" with the argument left out.
    Pattern lone = Pattern.compile("(?<!')'(?!')");
    for (String language : new String[] {"ja", "en"}) {
      Properties bundle = load(language);
      for (String key : bundle.stringPropertyNames()) {
        String pattern = bundle.getProperty(key);
        if (pattern.matches("(?s).*\\{\\d.*")) {
          assertFalse(lone.matcher(pattern).find(), language + " " + key + ": " + pattern);
        }
      }
    }
    assertEquals(
        "This server's index: 19 documents (changes applied up to 42)",
        Messages.text(Locale.ENGLISH, "admin.search.state", 19L, "42"));
  }

  @Test
  void englishCountsAgreeWithTheirNumber() {
    assertEquals("0 items", Messages.text(Locale.ENGLISH, "inbox.count", 0));
    assertEquals("1 item", Messages.text(Locale.ENGLISH, "inbox.count", 1));
    assertEquals("1,234 items", Messages.text(Locale.ENGLISH, "inbox.count", 1234));
    assertEquals("1 day left", Messages.text(Locale.ENGLISH, "inbox.days.left", 1L));
    assertEquals("1 past its deadline.", Messages.text(Locale.ENGLISH, "inbox.overdue", 1));
    assertEquals(
        "This server's index: 1 document (changes applied up to 7)",
        Messages.text(Locale.ENGLISH, "admin.search.state", 1L, "7"));
    assertEquals(
        "このサーバーの索引：12,345件（反映済みの変更 7）",
        Messages.text(Locale.JAPANESE, "admin.search.state", 12345L, "7"));
    assertEquals("2 past their deadline.", Messages.text(Locale.ENGLISH, "inbox.overdue", 2));
    assertEquals("3 days overdue", Messages.text(Locale.ENGLISH, "inbox.days.overdue", 3L));
    assertEquals(
        "[Aomori] 1 day left to comment on \"Vision\"",
        Messages.text(Locale.ENGLISH, "mail.reminder.round.subject", "Aomori", "Vision", "", 1L));
    assertEquals(
        "1 comment from residents on \"Draft\" awaits an answer",
        Messages.text(Locale.ENGLISH, "inbox.action.feedback", "Draft", 1L));
    assertEquals(
        "12 comments from residents on \"Draft\" await an answer",
        Messages.text(Locale.ENGLISH, "inbox.action.feedback", "Draft", 12L));
    assertEquals(
        "At least once a month", Messages.text(Locale.ENGLISH, "agreement.consultation.every", 1));
    assertEquals(
        "At least once every 3 months",
        Messages.text(Locale.ENGLISH, "agreement.consultation.every", 3));
    assertEquals(
        "1 comment was received. Here it is with the city's response.",
        Messages.text(Locale.ENGLISH, "notice.feedback.count", 1));
    assertEquals(
        "12 comments were received. Here they are with the city's responses.",
        Messages.text(Locale.ENGLISH, "notice.feedback.count", 12));
    Pattern oneAndAPlural = Pattern.compile("\\b1 (?!or )[a-z-]+s\\b");
    for (String key :
        new String[] {
          "portal.size.bytes",
          "admin.audit.caption",
          "population.done.imported",
          "population.report.more",
          "inbox.action.dead-letters",
          "inbox.action.drift",
          "mail.digest.daily",
          "mail.digest.weekly",
          "search.results",
          "portal.home.lookup.candidates",
          "agreement.termination-clause-years",
          "outcome.table.covers",
          "consultation.cadence.every"
        }) {
      String one = Messages.text(Locale.ENGLISH, key, 1);
      assertFalse(oneAndAPlural.matcher(one).find(), key + ": " + one);
    }
    for (String key :
        new String[] {
          "inbox.action.change-requests", "inbox.action.approvals-outstanding",
          "inbox.action.agenda", "inbox.action.round-comments"
        }) {
      String one = Messages.text(Locale.ENGLISH, key, "X", 1L);
      assertFalse(oneAndAPlural.matcher(one).find(), key + ": " + one);
    }
    assertEquals(
        "令和9年度 to 令和13年度 (5 years)",
        Messages.text(Locale.ENGLISH, "vision.period.line", "令和9年度", "令和13年度", 5));
  }
}
