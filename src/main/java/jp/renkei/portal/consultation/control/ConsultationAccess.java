package jp.renkei.portal.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * Who may do what with a consultation of this request's circle. The central city's staff run every
 * consultation; a partner's staff see and act only on those their municipality is invited to;
 * nobody else sees a consultation (published minutes are the public's).
 */
@ApplicationScoped
public class ConsultationAccess {

  @Inject TenantContext tenant;
  @Inject CurrentCircle currentCircle;

  public boolean runs() {
    return tenant.isCentralCityStaff();
  }

  public boolean sees(Consultation consultation) {
    return runs() || invitedMunicipality(consultation).isPresent();
  }

  /** The invited municipality this caller works for, when they are that partner's staff. */
  public Optional<String> invitedMunicipality(Consultation consultation) {
    if (!tenant.hasRole(PortalRole.PARTNER_STAFF)) {
      return Optional.empty();
    }
    return consultation.participants().stream().filter(tenant::actsFor).findFirst();
  }

  /** The municipality this caller speaks for in a consultation: the central city or a partner. */
  public Optional<String> partyOfCaller(Consultation consultation) {
    if (runs()) {
      return Optional.of(centralCityCode());
    }
    return invitedMunicipality(consultation);
  }

  /** Every party whose approval makes the minutes final: the central city(ies) and the invited. */
  public Set<String> parties(Consultation consultation) {
    Set<String> parties = new LinkedHashSet<>();
    currentCircle.profile().centralCities().forEach(m -> parties.add(m.code()));
    parties.addAll(consultation.participants());
    return parties;
  }

  /**
   * The central city a central-city member works for (of two acting jointly, the first they belong
   * to).
   */
  public String centralCityCode() {
    return currentCircle.profile().centralCities().stream()
        .map(MemberMunicipality::code)
        .filter(tenant::actsFor)
        .findFirst()
        .orElseThrow();
  }

  /** The partner municipality a partner's staff member works for in this circle, if any. */
  public Optional<String> ownPartnerMunicipality() {
    if (!tenant.hasRole(PortalRole.PARTNER_STAFF)) {
      return Optional.empty();
    }
    return currentCircle.profile().counterparts().stream()
        .map(MemberMunicipality::code)
        .filter(tenant::actsFor)
        .findFirst();
  }
}
