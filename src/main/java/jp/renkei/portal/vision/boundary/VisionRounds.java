package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.NotFoundException;
import jp.renkei.portal.search.boundary.SearchIndexing;
import jp.renkei.portal.vision.control.VisionAccess;
import jp.renkei.portal.vision.control.VisionRepository;
import jp.renkei.portal.vision.entity.CommentRound;
import jp.renkei.portal.vision.entity.Reflection;
import jp.renkei.portal.vision.entity.RoundComment;
import jp.renkei.portal.vision.entity.SectionKey;
import jp.renkei.portal.vision.entity.VisionRefused;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * The per-partner comment rounds on a draft (要綱 第6(5)): the central city opens one per partner on
 * the sections that concern it, with a deadline it may move; the partner's office comments per
 * section and signs off; the central city answers each comment as reflected or not, with its
 * reason. A partner sees only its own round (a 404 otherwise).
 */
@ApplicationScoped
public class VisionRounds {

  @Inject VisionAccess access;
  @Inject VisionRepository repository;
  @Inject CurrentCircle currentCircle;
  @Inject JapanClock clock;
  @Inject SearchIndexing indexing;
  @Inject VisionWork work;

  /** The sections that concern a partner: the shared ones and the initiatives naming it. */
  public static List<String> proposedSections(VisionVersion version, String partnerCode) {
    Set<String> sections = new LinkedHashSet<>(SectionKey.SHARED);
    version.initiatives().stream()
        .filter(i -> i.concerns(partnerCode))
        .forEach(i -> sections.add(i.sectionKey()));
    return version.sectionKeys().stream().filter(sections::contains).toList();
  }

  /** Opens a partner's round on a draft; one per partner and draft. */
  @Transactional
  public long openRound(
      long versionId, String partnerCode, Collection<String> sections, LocalDate deadline) {
    access.requireRuns();
    VisionVersion draft = access.forUpdate(versionId);
    MemberMunicipality partner =
        currentCircle
            .profile()
            .member(partnerCode)
            .filter(m -> currentCircle.profile().isPartner(m.code()))
            .orElseThrow(() -> new VisionRefused("vision.error.not-a-partner"));
    if (repository.rounds(draft.id()).stream()
        .anyMatch(r -> r.municipalityCode().equals(partner.code()))) {
      throw new VisionRefused("vision.error.round-exists");
    }
    CommentRound round =
        new CommentRound(
            draft, partner.code(), sections, deadline, access.username(), clock.localNow());
    repository.add(round);
    repository.flush();
    work.roundOpened(round, draft);
    indexing.changed(VisionSearch.NAME, draft.id());
    return round.id();
  }

  @Transactional
  public void extendRound(long roundId, LocalDate deadline) {
    access.requireRuns();
    CommentRound round = roundForUpdate(roundId);
    VisionVersion draft = access.versionOf(round);
    draft.requireDraft();
    round.extend(deadline, clock.today());
    work.roundExtended(round, draft);
  }

  /** One round; a 404 unless the caller is the central city or the round's partner. */
  public RoundRead round(long roundId) {
    CommentRound round =
        repository
            .round(roundId)
            .filter(access::canSeeRound)
            .orElseThrow(() -> new NotFoundException("round " + roundId));
    VisionVersion version = access.versionOf(round);
    CommentRound previous =
        version.basedOnId() == null
            ? null
            : repository.rounds(version.basedOnId()).stream()
                .filter(r -> r.municipalityCode().equals(round.municipalityCode()))
                .findFirst()
                .orElse(null);
    List<Long> roundIds =
        previous == null ? List.of(round.id()) : List.of(round.id(), previous.id());
    return new RoundRead(
        round,
        version,
        round.state(version.status(), clock.today()),
        repository.comments(roundIds),
        access.runs(),
        access.actsAsPartnerFor(round.municipalityCode())
            && version.isDraft()
            && !round.isSignedOff(),
        previous);
  }

  /** A partner's comment on a section of its round. */
  @Transactional
  public void comment(long roundId, String section, String body) {
    CommentRound round = roundForUpdate(roundId);
    VisionVersion draft = access.versionOf(round);
    draft.requireDraft();
    repository.add(
        round.comment(
            access.actingCode(round), section, access.username(), body, clock.localNow()));
    work.commented(round, draft);
  }

  /** The central city's answer to a comment: reflected or not, and why. */
  @Transactional
  public void answer(long roundId, long commentId, Reflection reflection, String reason) {
    access.requireRuns();
    CommentRound round = roundForUpdate(roundId);
    RoundComment comment =
        repository
            .comment(round.id(), commentId)
            .orElseThrow(() -> new NotFoundException("comment " + commentId));
    comment.answer(reflection, reason, access.username(), clock.localNow());
    work.answered(round, access.versionOf(round));
  }

  /** The partner signs its part of the draft off. */
  @Transactional
  public void signOff(long roundId) {
    CommentRound round = roundForUpdate(roundId);
    VisionVersion draft = access.versionOf(round);
    draft.requireDraft();
    round.signOff(access.actingCode(round), access.username(), clock.localNow());
    work.signedOff(round, draft);
  }

  /** The matrix of sections × partners for a draft: for the central city. */
  public RoundMatrix matrix(long versionId) {
    access.requireRuns();
    VisionVersion version = access.readable(versionId);
    List<CommentRound> rounds = repository.rounds(version.id());
    return RoundMatrix.of(
        version,
        currentCircle.profile().partners(),
        rounds,
        repository.comments(rounds.stream().map(CommentRound::id).toList()),
        clock.today());
  }

  private CommentRound roundForUpdate(long roundId) {
    return repository
        .roundForUpdate(roundId)
        .filter(access::canSeeRound)
        .orElseThrow(() -> new NotFoundException("round " + roundId));
  }
}
