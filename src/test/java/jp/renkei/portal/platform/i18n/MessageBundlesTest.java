package jp.renkei.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
