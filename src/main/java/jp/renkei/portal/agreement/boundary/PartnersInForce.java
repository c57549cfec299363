package jp.renkei.portal.agreement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jp.renkei.portal.agreement.control.AgreementRepository;
import jp.renkei.portal.agreement.entity.VersionKind;
import jp.renkei.portal.circle.boundary.PartnerAgreements;

/**
 * Who is a partner (連携市町村) in each circle, read from the agreements: a municipality whose
 * agreement's newest concluded version is neither its abolition nor lapsed after a termination
 * notice (要綱 第6(1), 第5(2)⑦) — with each central city, where two act jointly (第9). The circle
 * directory asks when it loads its copy; the lifecycle tells the directory when this changes.
 */
@ApplicationScoped
public class PartnersInForce implements PartnerAgreements {

  @Inject AgreementRepository repository;

  @Override
  public Map<Long, Map<String, Set<String>>> inForceByCircle() {
    Map<Long, Map<String, Set<String>>> partners = new HashMap<>();
    Set<Long> decided = new HashSet<>();
    for (Object[] row : repository.concludedVersionsOfAllCircles()) {
      long agreementId = ((Number) row[2]).longValue();
      if (!decided.add(agreementId)) {
        continue; // an older concluded version: the newest one decides
      }
      if (row[4] != VersionKind.ABOLITION && row[5] == null) {
        partners
            .computeIfAbsent(((Number) row[0]).longValue(), c -> new HashMap<>())
            .computeIfAbsent((String) row[1], p -> new HashSet<>())
            .add((String) row[6]);
      }
    }
    return partners;
  }

  @Override
  public boolean bindsInCurrentCircle(String municipalityCode) {
    return repository.bindsPartner(municipalityCode);
  }
}
