package jp.renkei.portal.agreement.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import jp.renkei.portal.agreement.entity.AgreementText;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.Clause;
import jp.renkei.portal.agreement.entity.Initiative;

/**
 * What changed between two versions of an agreement, clause by clause (java-diff-utils). Texts are
 * compared character by character — Japanese has no spaces to split words at — and the initiatives
 * line by line. The result is plain text segments marked kept, removed or added, so pages show it
 * escaped like any other text.
 *
 * <pre>{@code
 * VersionComparison.between(v1, v2).stream().filter(ClauseChange::changed);
 * }</pre>
 */
public final class VersionComparison {

  /** A run of text that both versions share, only the older had, or only the newer has. */
  public record Segment(Kind kind, String text) {
    /** How a segment changed. */
    public enum Kind {
      KEPT,
      REMOVED,
      ADDED
    }
  }

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
            compare(clause, linesOf(older.initiatives()), linesOf(newer.initiatives()), "\n"));
      } else {
        changes.add(
            compare(
                clause,
                characters(withSettings(clause, older.text(), settings)),
                characters(withSettings(clause, newer.text(), settings)),
                ""));
      }
    }
    return changes;
  }

  private static ClauseChange compare(
      Clause clause, List<String> before, List<String> after, String joiner) {
    Patch<String> patch = DiffUtils.diff(before, after);
    List<Segment> segments = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(segments, Segment.Kind.KEPT, before.subList(position, start), joiner);
      add(segments, Segment.Kind.REMOVED, delta.getSource().getLines(), joiner);
      add(segments, Segment.Kind.ADDED, delta.getTarget().getLines(), joiner);
      position = start + delta.getSource().size();
    }
    add(segments, Segment.Kind.KEPT, before.subList(position, before.size()), joiner);
    return new ClauseChange(clause, !patch.getDeltas().isEmpty(), segments);
  }

  private static void add(
      List<Segment> segments, Segment.Kind kind, List<String> parts, String joiner) {
    if (!parts.isEmpty()) {
      segments.add(new Segment(kind, String.join(joiner, parts) + joiner));
    }
  }

  private static String withSettings(
      Clause clause, AgreementText text, BiFunction<Clause, AgreementText, String> settings) {
    String setting = settings.apply(clause, text);
    String words = text.clause(clause) == null ? "" : text.clause(clause);
    return setting == null || setting.isEmpty() ? words : setting + "\n" + words;
  }

  private static List<String> characters(String text) {
    return text == null ? List.of() : text.codePoints().mapToObj(Character::toString).toList();
  }

  private static List<String> linesOf(List<Initiative> initiatives) {
    return initiatives.stream().map(Initiative::asLine).toList();
  }
}
