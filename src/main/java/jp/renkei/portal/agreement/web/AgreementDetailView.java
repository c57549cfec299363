package jp.renkei.portal.agreement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.agreement.boundary.AgreementRead;
import jp.renkei.portal.agreement.boundary.Agreements;
import jp.renkei.portal.agreement.boundary.CouncilReview;
import jp.renkei.portal.agreement.entity.AgreementRole;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.Initiative;
import jp.renkei.portal.agreement.entity.VersionStatus;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.NotFoundException;

/**
 * {@code /c/{slug}/agreements/{id}?v=2}: one agreement, clause by clause, with its lifecycle record
 * and history. The public reads published versions; a draft is a 404 to anybody but the two
 * municipalities' staff and councils.
 */
@Named
@RequestScoped
public class AgreementDetailView {

  @Inject Agreements agreements;
  @Inject CouncilReview councilReview;
  @Inject TenantContext tenant;
  @Inject HttpServletRequest request;

  @Inject jp.renkei.portal.platform.time.JapanClock clock;

  private AgreementRead read;
  private AgreementVersion shown;
  private List<jp.renkei.portal.agreement.entity.ClauseComment> clauseComments;
  private java.util.Map<String, String> sectionChoices;

  public AgreementRead getRead() {
    if (read == null) {
      read = agreements.read(tenant.getPathId());
    }
    return read;
  }

  /** The version asked for with {@code ?v=}, else the newest the caller may see. */
  public AgreementVersion getVersion() {
    if (shown == null) {
      shown =
          requestedVersion()
              .map(
                  n ->
                      getRead().version(n).orElseThrow(() -> new NotFoundException("version " + n)))
              .orElse(getRead().newest());
    }
    return shown;
  }

  public List<Initiative> initiativesOf(AgreementRole role) {
    return getVersion().initiatives().stream().filter(i -> i.role() == role).toList();
  }

  public List<AgreementRole> getRoles() {
    return Arrays.asList(AgreementRole.values());
  }

  /** The central city (or both, joined) as the 役割分担 names it. */
  public String getCentralName() {
    return String.join(
        jp.renkei.portal.platform.i18n.Messages.text(locale(), "portal.list.separator"),
        getRead().centralCities().stream().map(m -> m.nameIn(locale())).toList());
  }

  public String getPartnerName() {
    return getRead().partner().nameIn(locale());
  }

  public List<MemberMunicipality> getParties() {
    List<MemberMunicipality> parties = new java.util.ArrayList<>(getRead().centralCities());
    parties.add(getRead().partner());
    return parties;
  }

  public String nameOf(String municipalityCode) {
    return getParties().stream()
        .filter(m -> m.code().equals(municipalityCode))
        .findFirst()
        .map(m -> m.nameIn(tenant.getCaller().isSignedIn() ? locale() : locale()))
        .orElse(municipalityCode);
  }

  /** True while the shown version is the one still going through its steps. */
  public boolean isOpen() {
    return getRead()
        .agreement()
        .openVersion()
        .map(v -> v.number() == getVersion().number())
        .orElse(false);
  }

  public boolean isDraft() {
    return getVersion().status() == VersionStatus.DRAFT;
  }

  /**
   * Forms, and so view state, only for those who get one: the central city's staff and, while
   * comments are invited, signed-in residents. Everybody else gets a stateless, session-free page.
   */
  public boolean isStateful() {
    return getRead().runsLifecycle()
        || isMayGiveFeedback()
        || isMayCommentOnClauses()
        || !getRead().acknowledgedPrefectures().isEmpty();
  }

  /**
   * The key under which a part of this page ({@code text}: the clauses and record; {@code files};
   * {@code history}) is kept for readers — residents and visitors, who all see it alike — or empty
   * for the parties, councils and prefectures, whose page has their own drafts and forms. The key
   * names everything the part shows that can change: the version and its lock version, the
   * agreement's, the versions the reader sees, the language and the day (banners depend on it). The
   * record's lines are not read for it, nor the files: every step that adds or completes a line,
   * and every file attached or removed, takes the agreement locked with a forced increment ({@code
   * AgreementRepository.findForUpdate}), so its lock version names them.
   */
  public String sharedKey(String part) {
    AgreementRead r = getRead();
    if (r.seesDrafts()
        || r.mayEdit()
        || r.runsLifecycle()
        || !r.acknowledgedPrefectures().isEmpty()
        || isMayCommentOnClauses()) {
      return "";
    }
    AgreementVersion v = getVersion();
    return String.join(
        "/",
        "agreement",
        part,
        Long.toString(r.agreement().id()),
        Long.toString(r.agreement().lockVersion()),
        Integer.toString(v.number()),
        Long.toString(v.lockVersion()),
        Integer.toString(r.versions().size()),
        Integer.toString(r.newest().number()),
        locale().getLanguage(),
        clock.today().toString());
  }

  /** Comments are invited on the shown version today. */
  public boolean isFeedbackOpen() {
    return isOpen() && getVersion().isFeedbackOpen(clock.today());
  }

  public boolean isMayGiveFeedback() {
    return isFeedbackOpen() && tenant.hasRole(PortalRole.RESIDENT);
  }

  /** Council members of the two municipalities comment on clauses before their vote. */
  public boolean isMayCommentOnClauses() {
    return getRead().seesDrafts()
        && tenant.hasRole(PortalRole.COUNCIL_MEMBER)
        && !getVersion().status().isConcluded();
  }

  public List<jp.renkei.portal.agreement.entity.ClauseComment> getClauseComments() {
    if (clauseComments == null) {
      clauseComments =
          getRead().seesDrafts()
              ? councilReview.clauseComments(getRead(), getVersion())
              : List.of();
    }
    return clauseComments;
  }

  /** The councils' comments on one clause ({@code EXECUTION}…), shown under that clause. */
  public List<jp.renkei.portal.agreement.entity.ClauseComment> commentsOn(String clause) {
    return getClauseComments().stream().filter(c -> c.clause().name().equals(clause)).toList();
  }

  /** The clauses a resident may comment on, key → name, for the residents' form. */
  public java.util.Map<String, String> getSectionChoices() {
    if (sectionChoices != null) {
      return sectionChoices;
    }
    java.util.Map<String, String> choices = new java.util.LinkedHashMap<>();
    for (jp.renkei.portal.agreement.entity.Clause clause : getClauses()) {
      choices.put(
          clause.name(),
          jp.renkei.portal.platform.i18n.Messages.text(locale(), clause.messageKey()));
    }
    sectionChoices = choices;
    return choices;
  }

  public List<jp.renkei.portal.agreement.entity.Clause> getClauses() {
    return Arrays.asList(jp.renkei.portal.agreement.entity.Clause.values());
  }

  private java.util.Locale locale() {
    return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private Optional<Integer> requestedVersion() {
    String v = request.getParameter("v");
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(v));
    } catch (NumberFormatException e) {
      throw new NotFoundException("version " + v);
    }
  }
}
