package jp.renkei.portal.agreement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.agreement.entity.AgreementRole;
import jp.renkei.portal.agreement.entity.AgreementText;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.Clause;
import jp.renkei.portal.agreement.entity.Initiative;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.print.PdfPrinter;
import jp.renkei.portal.platform.print.PrintedDocument;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.platform.web.NotFoundException;

/**
 * An agreement as the councils and residents print it: one version, clause by clause (要綱 第5(2)), as
 * a PDF with the Japanese text embedded. Whoever may read the version on its page may print it —
 * the public a published version, the parties their draft — and nobody else.
 */
@ApplicationScoped
public class AgreementPrint {

  @Inject Agreements agreements;
  @Inject CurrentCircle currentCircle;

  /** Version {@code number} (the newest the caller may see when null) as a PDF. */
  public byte[] pdf(long id, Integer number, Locale locale) {
    AgreementRead read = agreements.read(id);
    AgreementVersion version =
        number == null
            ? read.newest()
            : read.version(number).orElseThrow(() -> new NotFoundException("version " + number));
    return PdfPrinter.print(printed(read, version, locale));
  }

  private PrintedDocument printed(AgreementRead read, AgreementVersion v, Locale locale) {
    AgreementText text = v.text();
    List<PrintedDocument.Fact> facts = new ArrayList<>();
    facts.add(fact(locale, "minutes.pdf.circle", currentCircle.profile().nameIn(locale)));
    List<String> parties = new ArrayList<>();
    read.centralCities().forEach(m -> parties.add(m.nameIn(locale)));
    parties.add(read.partner().nameIn(locale));
    facts.add(
        fact(
            locale,
            "agreement.print.parties",
            String.join(Messages.text(locale, "portal.list.separator"), parties)));
    facts.add(
        fact(locale, "agreement.print.status", Messages.text(locale, v.status().messageKey())));
    if (v.feedbackOpens() != null) {
      facts.add(
          fact(
              locale,
              "agreement.print.feedback-period",
              OfficialDates.format(v.feedbackOpens(), locale)
                  + " – "
                  + OfficialDates.format(v.feedbackCloses(), locale)));
    }
    if (v.concludedOn() != null) {
      facts.add(
          fact(
              locale, "agreement.record.concluded", OfficialDates.format(v.concludedOn(), locale)));
    }
    List<PrintedDocument.Section> sections = new ArrayList<>();
    sections.add(section(locale, Clause.PURPOSE, text.purpose()));
    sections.add(section(locale, Clause.BASIC_POLICY, text.basicPolicy()));
    sections.add(
        new PrintedDocument.Section(
            Messages.text(locale, Clause.INITIATIVES.messageKey()), initiatives(v, locale)));
    sections.add(section(locale, Clause.EXECUTION, text.execution()));
    List<String> consultation = new ArrayList<>();
    if (text.consultationMonths() != null) {
      consultation.add(
          Messages.text(locale, "agreement.consultation.every", text.consultationMonths()));
    }
    consultation.add(nonNull(text.consultationText()));
    sections.add(
        new PrintedDocument.Section(
            Messages.text(locale, Clause.CONSULTATION.messageKey()), consultation));
    List<String> term = new ArrayList<>(List.of(nonNull(text.termText())));
    if (text.terminationClause()) {
      term.add(Messages.text(locale, "agreement.termination-clause-years", text.lapseYears()));
    }
    sections.add(
        new PrintedDocument.Section(Messages.text(locale, Clause.TERM.messageKey()), term));
    sections.add(section(locale, Clause.DISPUTES, text.disputes()));
    return new PrintedDocument(
        Messages.text(locale, "agreement.detail.title", read.partner().nameIn(locale)),
        Messages.text(locale, "agreement.version.number", v.number())
            + " · "
            + Messages.text(locale, v.kind().messageKey()),
        facts,
        sections,
        Messages.text(locale, "portal.name"),
        locale);
  }

  /** ④ by role: a line naming the role, then each initiative: field, title, content, 役割分担. */
  private static List<String> initiatives(AgreementVersion v, Locale locale) {
    List<String> lines = new ArrayList<>();
    for (AgreementRole role : AgreementRole.values()) {
      List<Initiative> of = v.initiatives().stream().filter(i -> i.role() == role).toList();
      if (of.isEmpty()) {
        continue;
      }
      lines.add(role.mark() + " " + Messages.text(locale, role.messageKey()));
      for (Initiative i : of) {
        StringBuilder line = new StringBuilder();
        if (i.policyField() != null) {
          line.append(
              Messages.text(
                  locale,
                  "agreement.print.field",
                  i.policyField().code(),
                  Messages.text(locale, i.policyField().messageKey())));
        }
        line.append(i.title());
        if (i.content() != null) {
          line.append('\n').append(i.content());
        }
        if (i.centralRole() != null) {
          line.append('\n')
              .append(Messages.text(locale, "agreement.initiative.central-role"))
              .append(" — ")
              .append(i.centralRole());
        }
        if (i.partnerRole() != null) {
          line.append('\n')
              .append(Messages.text(locale, "agreement.initiative.partner-role"))
              .append(" — ")
              .append(i.partnerRole());
        }
        lines.add(Messages.text(locale, "portal.list.item", line.toString()));
      }
    }
    return lines;
  }

  private static PrintedDocument.Section section(Locale locale, Clause clause, String text) {
    return new PrintedDocument.Section(
        Messages.text(locale, clause.messageKey()), List.of(nonNull(text)));
  }

  private static PrintedDocument.Fact fact(Locale locale, String key, String value) {
    return new PrintedDocument.Fact(Messages.text(locale, key), value);
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
