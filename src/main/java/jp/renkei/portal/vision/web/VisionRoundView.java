package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.text.TypedNumbers;
import jp.renkei.portal.platform.web.SectionText;
import jp.renkei.portal.platform.web.Steps;
import jp.renkei.portal.vision.boundary.RoundRead;
import jp.renkei.portal.vision.boundary.VisionRounds;
import jp.renkei.portal.vision.boundary.Visions;
import jp.renkei.portal.vision.control.VisionSections;
import jp.renkei.portal.vision.entity.Reflection;
import jp.renkei.portal.vision.entity.RoundComment;

/**
 * {@code /c/{slug}/vision/rounds/{id}}: one partner's round on a draft. Per section: the text, what
 * changed since the previous draft, the comments with the central city's answers. The partner's
 * office comments and signs off; the central city answers and may move the deadline. Another
 * partner finds nothing here (404).
 */
@Named
@RequestScoped
public class VisionRoundView {

  @Inject Visions visions;
  @Inject VisionRounds rounds;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject CurrentCircle currentCircle;
  @Inject LanguageSelection language;

  private RoundRead read;
  private List<VisionSections.Section> sections;
  private List<VisionSections.SectionChange> changes;
  private final SectionText text = new SectionText();
  private String reflection;
  private String reason;
  private String deadline;

  public RoundRead getRead() {
    if (read == null) {
      read = rounds.round(tenant.getPathId());
    }
    return read;
  }

  /** The sections of the draft this round covers, in the order of the document. */
  public List<VisionSections.Section> getSections() {
    if (sections == null) {
      sections =
          VisionSections.of(getRead().version(), currentCircle.profile(), language.getLocale())
              .stream()
              .filter(s -> getRead().round().covers(s.key()))
              .toList();
    }
    return sections;
  }

  /** What changed in a section since the previous draft; null when nothing did or none exists. */
  public VisionSections.SectionChange changeOf(String key) {
    if (changes == null) {
      changes = visions.changes(getRead().version().id(), language.getLocale());
    }
    return changes.stream()
        .filter(c -> c.key().equals(key) && c.changed())
        .findFirst()
        .orElse(null);
  }

  public List<RoundComment> commentsOn(String key) {
    return getRead().on(key);
  }

  /** True for comments made in the previous draft's round: shown, not answerable here. */
  public boolean earlier(RoundComment comment) {
    return comment.roundId() != getRead().round().id();
  }

  public String partnerName() {
    return currentCircle
        .profile()
        .member(getRead().round().municipalityCode())
        .map(m -> m.nameIn(language.getLocale()))
        .orElse("");
  }

  public Reflection[] getReflections() {
    return Reflection.values();
  }

  public void comment() {
    steps.run(
        () -> rounds.comment(id(), text.getSection(), text.getBody()),
        "vision.done.commented",
        here());
  }

  public void answer(long commentId) {
    steps.run(
        () -> {
          Reflection chosen;
          try {
            chosen = Reflection.valueOf(reflection);
          } catch (IllegalArgumentException | NullPointerException e) {
            chosen = null;
          }
          rounds.answer(id(), commentId, chosen, reason);
        },
        "vision.done.answered",
        here());
  }

  public void signOff() {
    steps.run(() -> rounds.signOff(id()), "vision.done.signed-off", here());
  }

  public void extend() {
    steps.run(
        () -> rounds.extendRound(id(), TypedNumbers.date(deadline).orElse(null)),
        "vision.done.extended",
        here());
  }

  private String here() {
    return "vision/rounds/" + id();
  }

  private long id() {
    return tenant.getPathId();
  }

  /** The text the form posts, with the section it is about. */
  public SectionText getText() {
    return text;
  }

  public String getReflection() {
    return reflection;
  }

  public void setReflection(String reflection) {
    this.reflection = reflection;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getDeadline() {
    return deadline;
  }

  public void setDeadline(String deadline) {
    this.deadline = deadline;
  }
}
