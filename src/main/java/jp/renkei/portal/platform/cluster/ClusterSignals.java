package jp.renkei.portal.platform.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Tells every instance of a cluster, through Payara's data grid (a Hazelcast topic), that something
 * each keeps a copy of has changed, so that they read it again within milliseconds rather than at
 * their next poll. A signal is a hint, never the change itself: one lost (an instance starting, the
 * grid split, a single instance started with {@code --nocluster}, which has no grid) is made up for
 * by the poll every copy keeps.
 *
 * <pre>{@code
 * signals.on(ClusterSignals.DIRECTORY, catalog::invalidate); // at start-up
 * signals.send(ClusterSignals.DIRECTORY);                    // once the change has committed
 * }</pre>
 */
@ApplicationScoped
public class ClusterSignals {

  /** The circle directory changed: a circle, its members, its partners. */
  public static final String DIRECTORY = "directory";

  /** Somebody's rights were taken away: tokens issued before now are not to be trusted. */
  public static final String REVOCATIONS = "revocations";

  private static final Logger LOG = Logger.getLogger(ClusterSignals.class.getName());
  private static final String GRID = "payara/Hazelcast";
  private static final String TOPIC = "renkei-signals";

  private final Map<String, List<Runnable>> actions = new ConcurrentHashMap<>();
  private volatile ITopic<String> topic;
  private volatile UUID listening;

  @PostConstruct
  void join() {
    try {
      Object grid = new InitialContext().lookup(GRID);
      if (grid instanceof HazelcastInstance hazelcast
          && hazelcast.getLifecycleService().isRunning()) {
        ITopic<String> joined = hazelcast.getTopic(TOPIC);
        listening =
            joined.addMessageListener(
                message -> {
                  if (!message.getPublishingMember().localMember()) {
                    // Rare (an administrator's change): worth a line saying the grid carried it.
                    LOG.info("Heard from another instance: " + message.getMessageObject());
                  }
                  received(message.getMessageObject());
                });
        topic = joined;
        return;
      }
    } catch (NamingException | RuntimeException e) {
      LOG.log(Level.FINE, "No data grid", e);
    }
    LOG.info("No data grid (a single instance): other instances learn of changes by their polls");
  }

  @PreDestroy
  void leave() {
    ITopic<String> joined = topic;
    topic = null;
    if (joined != null && listening != null) {
      try {
        joined.removeMessageListener(listening);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "The data grid stopped first", e);
      }
    }
  }

  /** Runs {@code action} on this instance whenever any instance sends {@code signal}. */
  public void on(String signal, Runnable action) {
    actions.computeIfAbsent(signal, s -> new CopyOnWriteArrayList<>()).add(action);
  }

  /** Tells every instance, this one included; call it once the change has committed. */
  public void send(String signal) {
    ITopic<String> joined = topic;
    if (joined == null) {
      received(signal);
      return;
    }
    try {
      joined.publish(signal);
    } catch (RuntimeException e) {
      // The grid is stopping or split: this instance acts now, the others at their poll.
      LOG.log(Level.FINE, "Signal not sent: " + signal, e);
      received(signal);
    }
  }

  private void received(String signal) {
    for (Runnable action : actions.getOrDefault(signal, List.of())) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Acting on signal " + signal + " failed", e);
      }
    }
  }
}
