package jp.renkei.portal.circle.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jp.renkei.portal.circle.control.CircleRepository;
import jp.renkei.portal.platform.cluster.ClusterSignals;
import jp.renkei.portal.platform.persistence.AfterCompletion;

/**
 * Tells every instance that the circle directory changed: a circle, its members, or who is a
 * partner because an agreement came into force or ended. When the change commits, every instance of
 * a cluster forgets its copy at once ({@link ClusterSignals}, through Payara's data grid); the
 * version row is what tells an instance that missed the signal, within a second ({@link
 * DirectoryWatch}).
 */
@ApplicationScoped
public class DirectoryChanges {

  @Inject CircleRepository repository;
  @Inject CircleCatalog catalog;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject ClusterSignals signals;

  @Transactional(Transactional.TxType.MANDATORY)
  public void changed() {
    repository.bumpDirectoryVersion();
    AfterCompletion.register(
        transactions,
        status -> {
          if (status == Status.STATUS_COMMITTED) {
            signals.send(ClusterSignals.DIRECTORY);
          } else {
            catalog.invalidate();
          }
        });
  }
}
