package jp.renkei.portal.agreement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.agreement.control.AgreementRepository;
import jp.renkei.portal.agreement.entity.Agreement;

/**
 * The agreements of the request's circle as the public sees them, for the API: only agreements with
 * a published version, and of those only the published versions. A draft is never among them.
 */
@ApplicationScoped
public class PublishedAgreements {

  @Inject AgreementRepository repository;

  /** The published agreements of the request's circle. */
  public List<Agreement> ofCircle() {
    return repository.ofCircle().stream().filter(Agreement::isPublic).toList();
  }

  public Optional<Agreement> find(long id) {
    return repository.find(id).filter(Agreement::isPublic);
  }
}
