package jp.renkei.portal.agreement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.renkei.portal.agreement.control.AgreementAccess;
import jp.renkei.portal.agreement.control.AgreementRepository;
import jp.renkei.portal.agreement.entity.Agreement;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.Clause;
import jp.renkei.portal.agreement.entity.ClauseComment;
import jp.renkei.portal.agreement.entity.LifecycleViolation;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.ForbiddenException;

/**
 * The councils review a draft agreement before they vote (地方自治法 252条の2 第3項): council members of the
 * two municipalities comment on single clauses of a version still before the vote; those who see
 * drafts read the comments.
 */
@ApplicationScoped
public class CouncilReview {

  @Inject TenantContext tenant;
  @Inject Agreements agreements;
  @Inject AgreementAccess access;
  @Inject AgreementRepository repository;
  @Inject JapanClock clock;

  /**
   * A council member of one of the two municipalities comments on one clause of a version that is
   * still before the vote.
   */
  @Transactional
  public void commentOnClause(long id, int versionNumber, String clause, String body) {
    Agreement agreement = agreements.load(id);
    if (!tenant.hasRole(PortalRole.COUNCIL_MEMBER) || !access.seesDrafts(agreement)) {
      throw new ForbiddenException("council comment on agreement " + id);
    }
    AgreementVersion version =
        agreement.version(versionNumber).orElseThrow(() -> Agreements.notFound(id));
    if (version.status().isConcluded()) {
      throw new LifecycleViolation("agreement.error.comment-after-vote");
    }
    Clause which;
    try {
      which = Clause.valueOf(clause);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new LifecycleViolation("feedback.error.clause");
    }
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > ClauseComment.MAX_LENGTH) {
      throw new LifecycleViolation("agreement.error.comment-length");
    }
    String municipality =
        tenant.municipalityCodes().stream()
            .sorted()
            .filter(agreements.parties(agreement)::includes)
            .findFirst()
            .orElseThrow(() -> new ForbiddenException("not a party's council"));
    repository.addComment(
        new ClauseComment(
            version.id(), which, tenant.getCaller().username(), municipality, text, clock.now()));
  }

  /** The council members' comments on a version, for those who see drafts. */
  public List<ClauseComment> clauseComments(AgreementRead read, AgreementVersion version) {
    return read.seesDrafts() ? repository.commentsOn(version.id()) : List.of();
  }
}
