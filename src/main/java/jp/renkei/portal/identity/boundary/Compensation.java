package jp.renkei.portal.identity.boundary;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.renkei.portal.platform.persistence.AfterCompletion;

/**
 * Keycloak has no transactions with the portal's database: each step done in Keycloak registers how
 * to undo it, and when a later step (in Keycloak, the mail server or the database) fails the steps
 * are undone newest first before the failure goes on — so the portal's transaction rolls back and
 * Keycloak is as it was. An undo that fails too is logged; the drift check then shows it.
 *
 * <pre>{@code
 * Compensation undo = new Compensation();
 * String id = people.create(...);
 * undo.add(() -> people.delete(id));
 * undo.guard(() -> { people.join(id, path); mail.send(...); });
 * }</pre>
 */
public final class Compensation {

  private static final Logger LOG = Logger.getLogger(Compensation.class.getName());

  private final Deque<Runnable> undos = new ArrayDeque<>();

  public void add(Runnable undo) {
    undos.push(undo);
  }

  /** Runs the work; if it fails, undoes what was registered and rethrows. */
  public void guard(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      undoAll();
      throw e;
    }
  }

  /**
   * Undoes the registered steps if the surrounding database transaction does not commit after all,
   * so that a failure there does not leave Keycloak changed on its own.
   */
  public void undoUnlessCommitted(TransactionSynchronizationRegistry transactions) {
    AfterCompletion.unlessCommitted(transactions, this::undoAll);
  }

  /** Undoes every registered step, newest first, each one even if another fails. */
  public void undoAll() {
    while (!undos.isEmpty()) {
      try {
        undos.pop().run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not undo a Keycloak change; the drift check will show it", e);
      }
    }
  }
}
