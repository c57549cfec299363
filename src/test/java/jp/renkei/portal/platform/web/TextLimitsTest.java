package jp.renkei.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every free-text field of every page declares its limit ({@code maxlength}, or {@code
 * pt:maxlength} on a text area), which {@link TextLimitValidator} then enforces on the server: a
 * field without one would let any length reach the database. Date and time fields are exempt —
 * their converters refuse what is not a date or a time.
 */
class TextLimitsTest {

  private static final Pattern INPUT =
      Pattern.compile("<h:input(Text|Textarea)\\b[^>]*>", Pattern.DOTALL);

  @Test
  void everyTextFieldDeclaresItsLimit() throws IOException {
    List<String> unlimited = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(Path.of("webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher input = INPUT.matcher(Files.readString(page));
        while (input.find()) {
          String tag = input.group();
          boolean dateOrTime = tag.contains("pt:type=\"date\"") || tag.contains("pt:type=\"time\"");
          if (!dateOrTime && !tag.contains("maxlength=\"")) {
            unlimited.add(page + ": " + tag.replaceAll("\\s+", " "));
          }
        }
      }
    }
    assertEquals(List.of(), unlimited, "text fields without a maxlength");
  }
}
