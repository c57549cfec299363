package jp.renkei.portal.platform.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.IntConsumer;

/**
 * Work that must wait for the surrounding transaction's outcome: refreshing a cache once a change
 * is committed, undoing a step in another system when the commit failed.
 *
 * <pre>{@code
 * AfterCompletion.register(transactions, status -> catalog.invalidate());
 * AfterCompletion.unlessCommitted(transactions, undo::undoAll);
 * }</pre>
 */
public final class AfterCompletion {

  private AfterCompletion() {}

  /** Runs {@code work} with the transaction's final {@link Status} once it completes. */
  public static void register(TransactionSynchronizationRegistry transactions, IntConsumer work) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // Nothing to do before: only the outcome matters.
          }

          @Override
          public void afterCompletion(int status) {
            work.accept(status);
          }
        });
  }

  /** Runs {@code work} when the transaction ends without committing. */
  public static void unlessCommitted(
      TransactionSynchronizationRegistry transactions, Runnable work) {
    register(
        transactions,
        status -> {
          if (status != Status.STATUS_COMMITTED) {
            work.run();
          }
        });
  }
}
