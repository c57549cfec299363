package jp.renkei.portal.platform.print;

import java.util.List;
import java.util.Locale;

/**
 * A document to print, already in the reader's language: a title, facts (label and value) and
 * sections of paragraphs. {@link PdfPrinter} lays it out, joining each fact's label and value as
 * that language writes them (日時：… / Date: …).
 */
public record PrintedDocument(
    String title,
    String subtitle,
    List<Fact> facts,
    List<Section> sections,
    String footer,
    Locale language) {

  /** A label and its value, e.g. 日時 / 令和8年12月1日 14:00. */
  public record Fact(String label, String value) {}

  /** A heading and its paragraphs; line breaks inside a paragraph are kept. */
  public record Section(String heading, List<String> paragraphs) {}
}
