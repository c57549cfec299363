package jp.renkei.portal.agreement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.renkei.portal.agreement.boundary.AgreementRead;
import jp.renkei.portal.agreement.boundary.Agreements;
import jp.renkei.portal.agreement.control.VersionComparison;
import jp.renkei.portal.agreement.entity.AgreementText;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.Clause;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.i18n.Text;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.NotFoundException;

/**
 * {@code /c/{slug}/agreements/{id}/diff?from=1&to=2}: what changed between two versions, clause by
 * clause — for the public between published versions, for the councils also with drafts.
 */
@Named
@RequestScoped
public class AgreementDiffView {

  @Inject Agreements agreements;
  @Inject TenantContext tenant;
  @Inject HttpServletRequest request;
  @Inject Text text;
  @Inject LanguageSelection language;

  private AgreementRead read;
  private List<VersionComparison.ClauseChange> changes;

  public AgreementRead getRead() {
    if (read == null) {
      read = agreements.read(tenant.getPathId());
    }
    return read;
  }

  public AgreementVersion getFrom() {
    return version("from", getRead().versions().get(Math.max(0, getRead().versions().size() - 2)));
  }

  public AgreementVersion getTo() {
    return version("to", getRead().newest());
  }

  /**
   * False when there is nothing to compare: a first version, or a version asked to be compared with
   * itself or an older one — the page says so instead of showing a "difference" of nothing.
   */
  public boolean isComparable() {
    return getFrom().number() < getTo().number();
  }

  public List<VersionComparison.ClauseChange> getChanges() {
    if (changes == null) {
      changes =
          isComparable()
              ? VersionComparison.between(getFrom(), getTo(), this::settingOf)
              : List.of();
    }
    return changes;
  }

  /** The non-text settings of a clause, in the reader's words. */
  private String settingOf(Clause clause, AgreementText text) {
    if (clause == Clause.CONSULTATION && text.consultationMonths() != null) {
      return this.text.format("agreement.consultation.every", text.consultationMonths());
    }
    if (clause == Clause.TERM && text.terminationClause()) {
      return this.text.format("agreement.termination-clause-years", text.lapseYears());
    }
    return null;
  }

  private AgreementVersion version(String parameter, AgreementVersion otherwise) {
    String value = request.getParameter(parameter);
    if (value == null) {
      return otherwise;
    }
    try {
      int number = Integer.parseInt(value);
      return getRead()
          .version(number)
          .orElseThrow(() -> new NotFoundException("version " + number));
    } catch (NumberFormatException e) {
      throw new NotFoundException("version " + value);
    }
  }
}
