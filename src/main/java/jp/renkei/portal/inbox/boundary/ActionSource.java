package jp.renkei.portal.inbox.boundary;

import java.util.List;

/**
 * The contract a context signs to bring work to people: what awaits the caller in the request's
 * circle, worked out from the context's own data — never a list kept beside it that could drift.
 * Implemented as a CDI bean by each context; the {@link Inbox} asks every one, in each circle the
 * caller belongs to. An implementation issues a bounded number of queries, never one per item, and
 * keeps nothing between calls (the inbox moves it from circle to circle).
 *
 * <pre>{@code
 * @RequestScoped
 * public class ConsultationActions implements ActionSource {
 *   public List<Action> actionsFor() { … }
 * }
 * }</pre>
 */
public interface ActionSource {

  /** What awaits the caller in the request's circle; empty for somebody with nothing to do. */
  List<Action> actionsFor();
}
