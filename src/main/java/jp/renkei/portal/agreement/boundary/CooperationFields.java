package jp.renkei.portal.agreement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.portal.agreement.control.AgreementRepository;
import jp.renkei.portal.agreement.entity.Agreement;
import jp.renkei.portal.agreement.entity.AgreementRole;
import jp.renkei.portal.agreement.entity.Initiative;

/**
 * The request's circle's cooperation by field and partner (public: it reads only the versions in
 * force, which are published). Two queries for the circle, whatever the number of agreements.
 */
@ApplicationScoped
public class CooperationFields {

  @Inject AgreementRepository repository;

  public CooperationMatrix ofCircle() {
    List<CooperationMatrix.Entry> entries = new ArrayList<>();
    for (Agreement agreement : repository.ofCircle()) {
      agreement
          .versionInForce()
          .ifPresent(
              version -> {
                for (Initiative i : version.initiatives()) {
                  entries.add(
                      new CooperationMatrix.Entry(
                          agreement.partnerCode(), fieldOf(i), i.policyField(), i.title()));
                }
              });
    }
    return new CooperationMatrix(entries);
  }

  private static CooperationMatrix.Field fieldOf(Initiative i) {
    return new CooperationMatrix.Field(
        i.role(), i.role() == AgreementRole.LIVING_SERVICES ? i.viewpoint() : null);
  }
}
