package jp.renkei.portal.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portal as it runs beyond one machine, on one machine: Keycloak, several Payara Micro
 * instances clustered by Payara's Hazelcast data grid on loopback, nginx in front with sticky
 * sessions and its cache, all over one PostgreSQL (given, not started). The cluster command and the
 * fault tests start it; an instance can be killed and started again.
 *
 * <pre>{@code
 * try (ClusterStack cluster = ClusterStack.start(settings, ClusterStack.Ports.from(18280, 2), env)) {
 *   cluster.kill(0); // node1 dies as in a crash
 * }
 * }</pre>
 */
public final class ClusterStack implements AutoCloseable {

  /** The load balancer's port; Keycloak, the instances and Hazelcast on the ports after it. */
  public record Ports(int balancer, int keycloak, List<Integer> instances, int firstHazelcast) {

    /** balancer, balancer+1 … for the instances, balancer+10 for Keycloak (and +11). */
    public static Ports from(int balancer, int instances) {
      List<Integer> ports = new ArrayList<>();
      for (int i = 1; i <= instances; i++) {
        ports.add(balancer + i);
      }
      return new Ports(balancer, balancer + 10, ports, 6900);
    }
  }

  private final PortalStack.Settings settings;
  private final Ports ports;
  private final Map<String, String> environment;
  private final List<ServerProcess> instances = new ArrayList<>();
  private ServerProcess keycloak;
  private ServerProcess balancer;

  private ClusterStack(PortalStack.Settings settings, Ports ports, Map<String, String> env) {
    this.settings = settings;
    this.ports = ports;
    this.environment = env;
  }

  /**
   * Starts Keycloak, then each instance in turn (the first migrates the schema), then nginx;
   * returns once each instance serves its home page.
   */
  public static ClusterStack start(
      PortalStack.Settings settings, Ports ports, Map<String, String> env) throws Exception {
    ClusterStack cluster = new ClusterStack(settings, ports, env);
    try {
      cluster.startAll();
      return cluster;
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
  }

  private void startAll() throws Exception {
    keycloak =
        KeycloakServer.start(
            settings.runtimeDir().resolve("keycloak-quarkus-dist.zip"),
            settings.projectDir().resolve("realm-config"),
            settings.workDir(),
            ports.keycloak(),
            settings.freshKeycloak(),
            System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "kcadmin"),
            balancerUrl());
    for (int i = 0; i < ports.instances().size(); i++) {
      instances.add(null);
    }
    for (int i = 0; i < ports.instances().size(); i++) {
      startInstance(i);
    }
    Map<String, Integer> routes = new LinkedHashMap<>();
    for (int i = 0; i < ports.instances().size(); i++) {
      routes.put(nameOf(i), ports.instances().get(i));
    }
    balancer = LoadBalancer.start(settings.workDir(), ports.balancer(), routes);
    balancer.awaitReady(balancerUrl() + "/", Duration.ofSeconds(30));
    keycloak.awaitReady(
        KeycloakServer.readinessUrl(ports.keycloak()), KeycloakServer.startTimeout());
  }

  /** Starts (or starts again) the instance with this index and waits until it serves pages. */
  public void startInstance(int index) throws Exception {
    Map<String, String> env = new HashMap<>(environment);
    env.putIfAbsent("RENKEI_KEYCLOAK_URL", keycloakUrl());
    env.put("RENKEI_PORTAL_URL", balancerUrl());
    // nginx in front adds X-Forwarded-For: the anonymous-post throttle counts the visitor, not it.
    env.putIfAbsent("RENKEI_PROXY_TRUSTED_ADDRESSES", "127.0.0.1");
    List<Integer> hazelcast = new ArrayList<>();
    for (int i = 0; i < ports.instances().size(); i++) {
      hazelcast.add(ports.firstHazelcast() + i);
    }
    int port = ports.instances().get(index);
    Path log = instanceLog(index);
    if (java.nio.file.Files.exists(log)) {
      // A restart keeps the log of the instance's previous life beside the new one.
      java.nio.file.Files.move(
          log,
          log.resolveSibling("portal-" + System.currentTimeMillis() + ".log"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    ServerProcess instance =
        PayaraMicroServer.start(
            settings.runtimeDir().resolve("payara-micro.jar"),
            settings.war(),
            settings.workDir().resolve(nameOf(index)),
            port,
            env,
            new PayaraMicroServer.ClusterMember(
                nameOf(index), ports.firstHazelcast() + index, hazelcast));
    instances.set(index, instance);
    instance.awaitReady(PayaraMicroServer.readinessUrl(port), PayaraMicroServer.startTimeout());
    instance.awaitLogLine(PayaraMicroServer.READY_LINE, PayaraMicroServer.startTimeout());
    instance.awaitReady(PayaraMicroServer.homeUrl(port), PayaraMicroServer.startTimeout());
  }

  /** Stops the instance in order, as an operator's restart does. */
  public void stopInstance(int index) {
    instances.get(index).close();
  }

  /** Kills the instance at once (SIGKILL), as a crash or a pulled plug would. */
  public void kill(int index) {
    instances.get(index).kill();
  }

  /** Stops Keycloak only, to see how the cluster copes without it; {@link #close} is still safe. */
  public void stopKeycloak() {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  /** The instance's name, which is also the route at the end of its session ids. */
  public static String nameOf(int index) {
    return "node" + (index + 1);
  }

  public String balancerUrl() {
    return "http://127.0.0.1:" + ports.balancer();
  }

  public String instanceUrl(int index) {
    return "http://127.0.0.1:" + ports.instances().get(index);
  }

  public String keycloakUrl() {
    return "http://127.0.0.1:" + ports.keycloak();
  }

  public int size() {
    return ports.instances().size();
  }

  public Path instanceLog(int index) {
    return settings.workDir().resolve(nameOf(index)).resolve("portal.log");
  }

  @Override
  public void close() {
    if (balancer != null) {
      balancer.close();
    }
    for (ServerProcess instance : instances) {
      if (instance != null) {
        instance.close();
      }
    }
    if (keycloak != null) {
      keycloak.close();
    }
  }
}
