package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.print.PdfPrinter;
import jp.renkei.portal.platform.print.PrintedDocument;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.vision.control.VisionSections;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * A vision version as it is printed for councils and residents: the items of 要綱 第6(3) section by
 * section, as on its page, in a PDF with the Japanese text embedded. Whoever may read the version
 * may print it; anybody else gets the page's 404.
 */
@ApplicationScoped
public class VisionPrint {

  @Inject Visions visions;
  @Inject CurrentCircle currentCircle;

  public byte[] pdf(long versionId, Locale locale) {
    VisionVersion v = visions.read(versionId).version();
    List<PrintedDocument.Fact> facts = new ArrayList<>();
    facts.add(fact(locale, "minutes.pdf.circle", currentCircle.profile().nameIn(locale)));
    facts.add(
        fact(locale, "agreement.print.status", Messages.text(locale, v.status().messageKey())));
    facts.add(
        fact(
            locale,
            "vision.field.period",
            OfficialDates.fiscalYear(v.periodStart(), locale)
                + " – "
                + OfficialDates.fiscalYear(v.periodEnd(), locale)));
    if (v.commentOpens() != null) {
      facts.add(
          fact(
              locale,
              "vision.field.comment-period",
              OfficialDates.format(v.commentOpens(), locale)
                  + " – "
                  + OfficialDates.format(v.commentCloses(), locale)));
    }
    if (v.adoptedAt() != null) {
      facts.add(
          fact(
              locale,
              "vision.field.adopted",
              OfficialDates.format(v.adoptedAt().toLocalDate(), locale)));
    }
    List<PrintedDocument.Section> sections =
        VisionSections.of(v, currentCircle.profile(), locale).stream()
            .map(s -> new PrintedDocument.Section(s.heading(), List.of(s.text())))
            .toList();
    return PdfPrinter.print(
        new PrintedDocument(
            v.title(),
            Messages.text(locale, "vision.version.number", v.number()),
            facts,
            sections,
            Messages.text(locale, "portal.name"),
            locale));
  }

  private static PrintedDocument.Fact fact(Locale locale, String key, String value) {
    return new PrintedDocument.Fact(Messages.text(locale, key), value);
  }
}
