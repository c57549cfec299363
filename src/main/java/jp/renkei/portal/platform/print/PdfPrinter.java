package jp.renkei.portal.platform.print;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.portal.platform.i18n.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints a {@link PrintedDocument} as an A4 PDF with Apache PDFBox. Japanese needs a font that has
 * its glyphs, and the reader may have none installed: Noto Sans JP (SIL Open Font License, shipped
 * in the WAR) is embedded as a subset. Characters the font lacks print as 〓 (geta), as Japanese
 * typesetting does.
 *
 * <p>The font draws 日 and the Kangxi radical ⽇ (and ～ and 〜, ・ and ‧) with one glyph, and PDFBox
 * maps each glyph back to the lowest of its characters: copied text would read ⽇時. So the ToUnicode
 * map is rewritten from the characters that were actually printed, and searching or copying the PDF
 * gives back the text as written.
 *
 * <pre>{@code
 * byte[] pdf = PdfPrinter.print(document);
 * }</pre>
 */
public final class PdfPrinter {

  private static final String FONT = "NotoSansJP-Regular.ttf";
  private static final float MARGIN = 56;
  private static final float TITLE_SIZE = 16;
  private static final float HEADING_SIZE = 12.5f;
  private static final float TEXT_SIZE = 10.5f;
  private static final float LEADING = 1.6f;
  private static final String MISSING_GLYPH = "〓";

  private static volatile byte[] fontBytes;

  private PdfPrinter() {}

  public static byte[] print(PrintedDocument document) {
    try (PDDocument pdf = new PDDocument()) {
      PDType0Font font = PDType0Font.load(pdf, new ByteArrayInputStream(font()), true);
      Layout layout = new Layout(pdf, font);
      layout.write(document);
      pdf.getDocumentInformation().setTitle(document.title());
      pdf.getDocumentInformation().setCreator("Renkei Portal");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return withToUnicode(out.toByteArray(), layout.printed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the embedded font's ToUnicode map by one made of the characters printed. */
  private static byte[] withToUnicode(byte[] saved, Map<Integer, String> printed)
      throws IOException {
    try (PDDocument pdf = Loader.loadPDF(saved)) {
      byte[] cmap = ToUnicodeCMap.of(printed);
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          COSDictionary font = page.getResources().getFont(name).getCOSObject();
          PDStream stream = new PDStream(pdf, new ByteArrayInputStream(cmap), COSName.FLATE_DECODE);
          font.setItem(COSName.TO_UNICODE, stream);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] font() throws IOException {
    if (fontBytes == null) {
      try (InputStream in = PdfPrinter.class.getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IOException("The font " + FONT + " is missing from the build");
        }
        fontBytes = in.readAllBytes();
      }
    }
    return fontBytes;
  }

  /** Writes lines top to bottom, starting a new page when one is full. */
  private static final class Layout {

    private final PDDocument pdf;
    private final PDType0Font font;

    /** Each glyph code shown, with the character it was shown for. */
    final Map<Integer, String> printed = new HashMap<>();

    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream stream;
    private float y;
    private int pages;

    Layout(PDDocument pdf, PDType0Font font) {
      this.pdf = pdf;
      this.font = font;
    }

    void write(PrintedDocument document) throws IOException {
      newPage(document.footer());
      paragraph(document.title(), TITLE_SIZE, document.footer());
      if (document.subtitle() != null) {
        paragraph(document.subtitle(), HEADING_SIZE, document.footer());
      }
      y -= TEXT_SIZE;
      for (PrintedDocument.Fact fact : document.facts()) {
        paragraph(
            fact.label() + Messages.text(document.language(), "portal.label.colon") + fact.value(),
            TEXT_SIZE,
            document.footer());
      }
      for (PrintedDocument.Section section : document.sections()) {
        y -= TEXT_SIZE;
        paragraph("■ " + section.heading(), HEADING_SIZE, document.footer());
        for (String text : section.paragraphs()) {
          paragraph(text, TEXT_SIZE, document.footer());
        }
      }
      stream.close();
    }

    private void paragraph(String text, float size, String footer) throws IOException {
      for (String line : text.split("\\R", -1)) {
        for (String wrapped : wrap(printable(line), size)) {
          if (y - size * LEADING < MARGIN) {
            stream.close();
            newPage(footer);
          }
          y -= size * LEADING;
          stream.beginText();
          stream.setFont(font, size);
          stream.newLineAtOffset(MARGIN, y);
          show(wrapped);
          stream.endText();
        }
      }
    }

    private void newPage(String footer) throws IOException {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      pages++;
      stream = new PDPageContentStream(pdf, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
      stream.beginText();
      stream.setFont(font, 8);
      stream.newLineAtOffset(MARGIN, MARGIN / 2);
      show(printable(footer + " — " + pages));
      stream.endText();
    }

    private void show(String text) throws IOException {
      text.codePoints()
          .forEach(
              cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                  byte[] code = font.encode(ch);
                  printed.putIfAbsent(((code[0] & 0xFF) << 8) | (code[1] & 0xFF), ch);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      stream.showText(text);
    }

    /** Breaks a line to the page width; Japanese may break between any two characters. */
    private List<String> wrap(String line, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      float used = 0;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        float w = font.getStringWidth(ch) / 1000 * size;
        if (used + w > width && current.length() > 0) {
          lines.add(current.toString());
          current.setLength(0);
          used = 0;
        }
        current.append(ch);
        used += w;
        i += Character.charCount(cp);
      }
      lines.add(current.toString());
      return lines;
    }

    /** The text with every character the font cannot show replaced by 〓. */
    private String printable(String text) {
      StringBuilder out = new StringBuilder();
      text.codePoints()
          .forEach(
              cp -> {
                String ch = new String(Character.toChars(cp));
                if (cp == '\t') {
                  out.append("  ");
                  return;
                }
                try {
                  font.encode(ch);
                  out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                  out.append(MISSING_GLYPH);
                }
              });
      return out.toString();
    }
  }
}
