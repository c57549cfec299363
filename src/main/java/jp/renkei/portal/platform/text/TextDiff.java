package jp.renkei.portal.platform.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two texts (java-diff-utils), as plain segments marked kept, removed or
 * added, so that pages show them escaped like any other text. Prose is compared token by token:
 * Japanese has no spaces to split words at, so each character is a token, except that a number
 * (28,576,000 or 令和10's 10) and a Latin word stay whole — a reader who misses the strike-through
 * must see 10 → 13, never "103". Lists are compared line by line.
 *
 * <pre>{@code
 * TextDiff.changed(TextDiff.byToken("令和10年度", "令和13年度")); // true: [令和][-10-][+13+][年度]
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

  public static List<Segment> byToken(String before, String after) {
    return compare(tokens(before), tokens(after), "");
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

  /**
   * A number with its separators (全角 too), or a run of Latin letters, or else one character. A
   * separator counts only between digits, so "10、" splits after the 10.
   */
  private static final Pattern TOKEN =
      Pattern.compile("[0-9０-９]+(?:[,.，．][0-9０-９]+)*|[A-Za-zＡ-Ｚａ-ｚ]+|\\X");

  private static List<String> tokens(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }
}
