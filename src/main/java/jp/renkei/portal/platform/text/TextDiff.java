package jp.renkei.portal.platform.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two texts (java-diff-utils), as plain segments marked kept, removed or
 * added, so that pages show them escaped like any other text. Prose is compared character by
 * character — Japanese has no spaces to split words at — and lists line by line.
 *
 * <pre>{@code
 * TextDiff.byCharacter(before, after).stream().anyMatch(s -> s.kind() != Segment.Kind.KEPT);
 * }</pre>
 */
public final class TextDiff {

  /** A run of text that both versions share, only the older had, or only the newer has. */
  public record Segment(Kind kind, String text) {
    /** How a segment changed. */
    public enum Kind {
      KEPT,
      REMOVED,
      ADDED
    }
  }

  private TextDiff() {}

  public static List<Segment> byCharacter(String before, String after) {
    return compare(characters(before), characters(after), "");
  }

  public static List<Segment> byLine(List<String> before, List<String> after) {
    return compare(before, after, "\n");
  }

  /** True when the segments hold any change. */
  public static boolean changed(List<Segment> segments) {
    return segments.stream().anyMatch(s -> s.kind() != Segment.Kind.KEPT);
  }

  private static List<Segment> compare(List<String> before, List<String> after, String joiner) {
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
    return segments;
  }

  private static void add(
      List<Segment> segments, Segment.Kind kind, List<String> parts, String joiner) {
    if (!parts.isEmpty()) {
      segments.add(new Segment(kind, String.join(joiner, parts) + joiner));
    }
  }

  private static List<String> characters(String text) {
    return text == null ? List.of() : text.codePoints().mapToObj(Character::toString).toList();
  }
}
