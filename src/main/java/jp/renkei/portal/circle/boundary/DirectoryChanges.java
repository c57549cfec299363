package jp.renkei.portal.circle.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jp.renkei.portal.circle.control.CircleRepository;
import jp.renkei.portal.platform.persistence.AfterCompletion;

/**
 * Tells every instance that the circle directory changed: a circle, its members, or who is a
 * partner because an agreement came into force or ended. This instance forgets its copy when the
 * change commits; the version row tells the other instances of a cluster within a second ({@link
 * DirectoryWatch}).
 */
@ApplicationScoped
public class DirectoryChanges {

  @Inject CircleRepository repository;
  @Inject CircleCatalog catalog;

  @Resource TransactionSynchronizationRegistry transactions;

  @Transactional(Transactional.TxType.MANDATORY)
  public void changed() {
    repository.bumpDirectoryVersion();
    AfterCompletion.register(transactions, status -> catalog.invalidate());
  }
}
