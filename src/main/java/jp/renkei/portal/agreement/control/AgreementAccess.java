package jp.renkei.portal.agreement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.renkei.portal.agreement.entity.Agreement;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * Who may do what with one agreement of this request's circle. An agreement is between the central
 * city and ONE partner: only those two municipalities' staff and council members see its drafts
 * (and the prefecture, which advises); other partners, the roundtable and the public see the
 * published versions only.
 */
@ApplicationScoped
public class AgreementAccess {

  @Inject TenantContext tenant;

  /**
   * Drafts and every version: the central city's staff, the partner's staff, both councils, and the
   * prefecture observing the circle (要綱 第8), which reads and changes nothing.
   */
  public boolean seesDrafts(Agreement agreement) {
    if (tenant.isCentralCityStaff() || tenant.isPrefectureObserver()) {
      return true;
    }
    boolean partnerStaff =
        tenant.hasRole(PortalRole.PARTNER_STAFF) && tenant.actsFor(agreement.partnerCode());
    boolean council =
        tenant.hasRole(PortalRole.COUNCIL_MEMBER)
            && (tenant.actsFor(agreement.partnerCode()) || tenant.actsFor(agreement.centralCode()));
    return partnerStaff || council;
  }

  /**
   * Co-editing a draft: the staff of its two parties — the agreement's central city and its partner
   * (the other central city's, for the two cities' agreement on their roles, 要綱 第9).
   */
  public boolean edits(Agreement agreement) {
    return runsLifecycle(agreement)
        || tenant.hasRole(PortalRole.PARTNER_STAFF) && tenant.actsFor(agreement.partnerCode())
        || tenant.isCentralCityStaff() && tenant.actsFor(agreement.partnerCode());
  }

  /**
   * Running an agreement's lifecycle (notifying, recording resolutions, concluding…): the staff of
   * its central city — of the one it names, where two act jointly (要綱 第9).
   */
  public boolean runsLifecycle(Agreement agreement) {
    return runsLifecycleFor(agreement.centralCode());
  }

  /** The caller is the staff of this central city of the request's circle. */
  public boolean runsLifecycleFor(String centralCode) {
    return tenant.isCentralCityStaff() && tenant.actsFor(centralCode);
  }

  /** The caller runs agreements for some central city of the circle. */
  public boolean runsLifecycle() {
    return tenant.isCentralCityStaff();
  }

  /**
   * The prefectures whose governors' filings this caller acknowledges (要綱 第7, 第8): those their
   * observer's seat is for; none for anybody else.
   */
  public java.util.Set<String> acknowledgedPrefectures() {
    return tenant.isPrefectureObserver()
        ? tenant.getCaller().observedPrefectures()
        : java.util.Set.of();
  }

  private boolean actsForCentralCity() {
    return tenant.membership().map(m -> m.actsForCentralCity()).orElse(false);
  }
}
