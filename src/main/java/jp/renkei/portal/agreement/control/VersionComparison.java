package jp.renkei.portal.agreement.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import jp.renkei.portal.agreement.entity.AgreementText;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.Clause;
import jp.renkei.portal.agreement.entity.Initiative;
import jp.renkei.portal.platform.text.TextDiff;
import jp.renkei.portal.platform.text.TextDiff.Segment;

/**
 * What changed between two versions of an agreement, clause by clause ({@link TextDiff}): texts
 * character by character, the initiatives line by line.
 *
 * <pre>{@code
 * VersionComparison.between(v1, v2).stream().filter(ClauseChange::changed);
 * }</pre>
 */
public final class VersionComparison {

  /** One clause of the comparison. */
  public record ClauseChange(Clause clause, boolean changed, List<Segment> segments) {}

  private VersionComparison() {}

  /**
   * Compares two versions. {@code settings} words the clause settings that are not text (the
   * consultation cadence, the termination clause) in the reader's language, as a first line of
   * their clause, so that a change of setting shows like a change of words.
   */
  public static List<ClauseChange> between(
      AgreementVersion older,
      AgreementVersion newer,
      BiFunction<Clause, AgreementText, String> settings) {
    List<ClauseChange> changes = new ArrayList<>();
    for (Clause clause : Clause.values()) {
      if (clause == Clause.PARTIES) {
        continue;
      }
      if (clause == Clause.INITIATIVES) {
        changes.add(
            compare(
                clause,
                TextDiff.byLine(linesOf(older.initiatives()), linesOf(newer.initiatives()))));
      } else {
        changes.add(
            compare(
                clause,
                TextDiff.byToken(
                    withSettings(clause, older.text(), settings),
                    withSettings(clause, newer.text(), settings))));
      }
    }
    return changes;
  }

  private static ClauseChange compare(Clause clause, List<Segment> segments) {
    return new ClauseChange(clause, TextDiff.changed(segments), segments);
  }

  private static String withSettings(
      Clause clause, AgreementText text, BiFunction<Clause, AgreementText, String> settings) {
    String setting = settings.apply(clause, text);
    String words = text.clause(clause) == null ? "" : text.clause(clause);
    return setting == null || setting.isEmpty() ? words : setting + "\n" + words;
  }

  private static List<String> linesOf(List<Initiative> initiatives) {
    return initiatives.stream().map(Initiative::asLine).toList();
  }
}
