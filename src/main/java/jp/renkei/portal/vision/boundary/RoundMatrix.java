package jp.renkei.portal.vision.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.vision.entity.CommentRound;
import jp.renkei.portal.vision.entity.RoundComment;
import jp.renkei.portal.vision.entity.RoundState;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * Sections × partners for one draft, each cell saying at a glance where that partner stands on that
 * section: not consulted, awaiting comments, comments waiting for an answer, all answered, or
 * signed off. Built from three queries, whatever the size of the circle.
 */
public record RoundMatrix(
    List<String> sections, List<Column> columns, Map<String, Map<String, Cell>> cells) {

  /** A partner's column, with its round if one is open. */
  public record Column(MemberMunicipality partner, CommentRound round, RoundState state) {
    public boolean consulted() {
      return round != null;
    }
  }

  /** The state of one cell. Labels: {@code vision.cell.<NAME>}. */
  public enum Cell {
    NOT_CONSULTED,
    AWAITING,
    UNANSWERED,
    ANSWERED,
    SIGNED_OFF;

    public String messageKey() {
      return "vision.cell." + name();
    }
  }

  public Cell cell(String section, String partnerCode) {
    return cells.get(section).get(partnerCode);
  }

  static RoundMatrix of(
      VisionVersion version,
      List<MemberMunicipality> partners,
      List<CommentRound> rounds,
      List<RoundComment> comments,
      LocalDate today) {
    Map<String, CommentRound> byPartner =
        rounds.stream().collect(Collectors.toMap(CommentRound::municipalityCode, r -> r));
    List<Column> columns =
        partners.stream()
            .map(
                p ->
                    Optional.ofNullable(byPartner.get(p.code()))
                        .map(r -> new Column(p, r, r.state(version.status(), today)))
                        .orElse(new Column(p, null, null)))
            .toList();
    Map<String, Map<String, Cell>> cells = new java.util.LinkedHashMap<>();
    for (String section : version.sectionKeys()) {
      Map<String, Cell> row = new java.util.LinkedHashMap<>();
      for (Column column : columns) {
        row.put(column.partner().code(), cellOf(section, column.round(), comments));
      }
      cells.put(section, row);
    }
    return new RoundMatrix(version.sectionKeys(), columns, cells);
  }

  private static Cell cellOf(String section, CommentRound round, List<RoundComment> comments) {
    if (round == null || !round.covers(section)) {
      return Cell.NOT_CONSULTED;
    }
    if (round.isSignedOff()) {
      return Cell.SIGNED_OFF;
    }
    List<RoundComment> here =
        comments.stream()
            .filter(c -> c.roundId() == round.id() && c.section().equals(section))
            .toList();
    if (here.isEmpty()) {
      return Cell.AWAITING;
    }
    return here.stream().allMatch(RoundComment::isAnswered) ? Cell.ANSWERED : Cell.UNANSWERED;
  }
}
