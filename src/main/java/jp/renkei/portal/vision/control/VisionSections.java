package jp.renkei.portal.vision.control;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.text.TextDiff;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.vision.entity.FiscalYearCost;
import jp.renkei.portal.vision.entity.Kpi;
import jp.renkei.portal.vision.entity.PopulationTarget;
import jp.renkei.portal.vision.entity.SectionKey;
import jp.renkei.portal.vision.entity.VisionInitiative;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * A version of the vision as sections of text in the reader's language: what rounds, feedback and
 * the differences between versions refer to. The structured parts (targets, costs, KPIs) are
 * written as one line each, so that a changed figure shows as a changed line.
 */
public final class VisionSections {

  /** One section: its key, its heading and its text. */
  public record Section(String key, String heading, String text) {}

  /** A section compared with the previous version: added, removed, changed or the same. */
  public record SectionChange(
      String key, String heading, Change change, List<TextDiff.Segment> segments) {
    /** How a section changed. */
    public enum Change {
      SAME,
      CHANGED,
      ADDED,
      REMOVED
    }

    public boolean changed() {
      return change != Change.SAME;
    }
  }

  private VisionSections() {}

  public static List<Section> of(VisionVersion version, CircleProfile circle, Locale locale) {
    return version.sectionKeys().stream().map(k -> section(version, circle, locale, k)).toList();
  }

  /** The heading of a section key in this version, or the key itself if the version lacks it. */
  public static String heading(VisionVersion version, String key, Locale locale) {
    return SectionKey.initiativeNumber(key)
        .map(
            n ->
                version
                    .initiative(n)
                    .map(i -> Messages.text(locale, "vision.section.initiative", n, i.title()))
                    .orElse(Messages.text(locale, "vision.section.initiative", n, "")))
        .orElseGet(() -> Messages.text(locale, "vision.section." + key));
  }

  /** Section by section, what changed from {@code older} to {@code newer}. */
  public static List<SectionChange> compare(
      VisionVersion older, VisionVersion newer, CircleProfile circle, Locale locale) {
    List<SectionChange> changes = new ArrayList<>();
    for (String key : newer.sectionKeys()) {
      String after = section(newer, circle, locale, key).text();
      if (!older.hasSection(key)) {
        changes.add(
            new SectionChange(
                key,
                heading(newer, key, locale),
                SectionChange.Change.ADDED,
                List.of(new TextDiff.Segment(TextDiff.Segment.Kind.ADDED, after))));
        continue;
      }
      List<TextDiff.Segment> segments =
          TextDiff.byToken(section(older, circle, locale, key).text(), after);
      changes.add(
          new SectionChange(
              key,
              heading(newer, key, locale),
              TextDiff.changed(segments) ? SectionChange.Change.CHANGED : SectionChange.Change.SAME,
              segments));
    }
    for (String key : older.sectionKeys()) {
      if (!newer.hasSection(key)) {
        changes.add(
            new SectionChange(
                key,
                heading(older, key, locale),
                SectionChange.Change.REMOVED,
                List.of(
                    new TextDiff.Segment(
                        TextDiff.Segment.Kind.REMOVED,
                        section(older, circle, locale, key).text()))));
      }
    }
    return changes;
  }

  static Section section(VisionVersion version, CircleProfile circle, Locale locale, String key) {
    String heading = heading(version, key, locale);
    String text =
        switch (key) {
          case SectionKey.NAMES -> names(circle, locale);
          case SectionKey.FUTURE -> future(version, locale);
          case SectionKey.PERIOD -> period(version, locale);
          case SectionKey.KPI -> kpis(version, circle, locale);
          default ->
              SectionKey.initiativeNumber(key)
                  .flatMap(version::initiative)
                  .map(i -> initiative(i, circle, locale))
                  .orElse("");
        };
    return new Section(key, heading, text);
  }

  private static String names(CircleProfile circle, Locale locale) {
    return circle.nameIn(locale)
        + "\n"
        + circle.centralCitiesAndPartners().stream()
            .map(m -> m.nameIn(locale))
            .collect(Collectors.joining(Messages.text(locale, "portal.list.separator")));
  }

  private static String future(VisionVersion version, Locale locale) {
    StringBuilder text = new StringBuilder(nullToEmpty(version.futureImage()));
    NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
    for (PopulationTarget t : version.targets()) {
      text.append('\n')
          .append(
              Messages.text(
                  locale,
                  "vision.target.line",
                  OfficialDates.fiscalYear(t.fiscalYear(), locale),
                  numbers.format(t.population()),
                  t.ageingRate().toPlainString()));
    }
    return text.toString().strip();
  }

  private static String period(VisionVersion version, Locale locale) {
    String span =
        Messages.text(
            locale,
            "vision.period.line",
            OfficialDates.fiscalYear(version.periodStart(), locale),
            OfficialDates.fiscalYear(version.periodEnd(), locale),
            version.periodEnd() - version.periodStart() + 1);
    return version.revisionPolicy() == null ? span : span + "\n" + version.revisionPolicy();
  }

  private static String initiative(VisionInitiative i, CircleProfile circle, Locale locale) {
    NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
    StringBuilder text = new StringBuilder(i.content());
    text.append('\n')
        .append(Messages.text(locale, "vision.initiative.schedule-line", i.schedule()));
    text.append('\n')
        .append(
            Messages.text(
                locale, "vision.initiative.municipalities-line", memberNames(i, circle, locale)));
    text.append('\n').append(Messages.text(locale, "vision.initiative.clause-line", i.clause()));
    if (i.isBudgeted()) {
      text.append('\n')
          .append(
              Messages.text(locale, "vision.initiative.total-line", numbers.format(i.totalCost())));
      for (FiscalYearCost c : i.costs()) {
        text.append('\n')
            .append(
                Messages.text(
                    locale,
                    "vision.initiative.cost-line",
                    OfficialDates.fiscalYear(c.fiscalYear(), locale),
                    numbers.format(c.amount())));
      }
    }
    return text.toString();
  }

  /** The names of the municipalities an initiative concerns, in the circle's order. */
  public static String memberNames(VisionInitiative i, CircleProfile circle, Locale locale) {
    return circle.allMembers().stream()
        .filter(m -> i.concerns(m.code()))
        .map(m -> m.nameIn(locale))
        .collect(Collectors.joining(Messages.text(locale, "portal.list.separator")));
  }

  private static String kpis(VisionVersion version, CircleProfile circle, Locale locale) {
    return version.kpis().stream()
        .map(k -> kpiLine(k, circle, locale))
        .collect(Collectors.joining("\n"));
  }

  private static String kpiLine(Kpi k, CircleProfile circle, Locale locale) {
    String responsible =
        circle.member(k.responsibleCode()).map(m -> m.nameIn(locale)).orElse(k.responsibleCode());
    return Messages.text(
        locale,
        "vision.kpi.line",
        Messages.text(locale, k.field().messageKey()),
        k.name(),
        k.baseline().stripTrailingZeros().toPlainString() + " " + k.unit(),
        OfficialDates.fiscalYear(k.baselineYear(), locale),
        k.target().stripTrailingZeros().toPlainString() + " " + k.unit(),
        OfficialDates.fiscalYear(k.targetYear(), locale),
        responsible);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
