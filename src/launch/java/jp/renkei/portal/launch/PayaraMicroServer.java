package jp.renkei.portal.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The portal's WAR on Payara Micro, bound to loopback, with the heap capped at 512 MB: a single
 * node (Hazelcast off), or a member of a cluster formed by Payara's own Hazelcast data grid over
 * TCP on loopback.
 */
public final class PayaraMicroServer {

  /**
   * A member of a cluster: its name (also the route suffix of its session ids, which the load
   * balancer's sticky routing reads), its Hazelcast port and every member's Hazelcast port.
   */
  public record ClusterMember(String name, int hazelcastPort, List<Integer> memberPorts) {

    List<String> options() {
      StringBuilder members = new StringBuilder("tcpip:");
      for (int i = 0; i < memberPorts.size(); i++) {
        members.append(i == 0 ? "" : ",").append("127.0.0.1:").append(memberPorts.get(i));
      }
      return List.of(
          "--clustermode",
          members.toString(),
          "--interfaces",
          "127.0.0.1",
          "--startport",
          Integer.toString(hazelcastPort),
          "--hzinitialjoinwait",
          "0",
          "--clustername",
          "renkei",
          "--name",
          name);
    }
  }

  private PayaraMicroServer() {}

  static ServerProcess start(
      Path payaraJar, Path war, Path workDir, int port, Map<String, String> env)
      throws IOException {
    return start(payaraJar, war, workDir, port, env, null);
  }

  /** The portal as one member of a cluster ({@code member}), or alone when it is null. */
  static ServerProcess start(
      Path payaraJar,
      Path war,
      Path workDir,
      int port,
      Map<String, String> env,
      ClusterMember member)
      throws IOException {
    List<String> deploy = List.of("--deploy", war.toString(), "--contextroot", "/");
    return start(payaraJar, deploy, workDir, port, env, "portal.log", member);
  }

  /** An empty Payara Micro, nothing deployed: the baseline the portal's start-up is compared to. */
  public static ServerProcess startEmpty(Path payaraJar, Path workDir, int port)
      throws IOException {
    return start(payaraJar, List.of(), workDir, port, Map.of(), "empty-payara.log", null);
  }

  private static ServerProcess start(
      Path payaraJar,
      List<String> deploy,
      Path workDir,
      int port,
      Map<String, String> env,
      String logName,
      ClusterMember member)
      throws IOException {
    forgetEarlierDeployments(workDir.resolve("payara-root"));
    Path tmp = workDir.resolve("payara-tmp");
    Files.createDirectories(tmp);
    Path preboot = workDir.resolve("preboot.asadmin");
    Files.writeString(
        preboot,
        String.join(
            "\n",
            "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1",
            member == null
                ? "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false"
                : "",
            // Room for a 10,000-character search in the address (Grizzly's default is 8 KB).
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.header-buffer-length-bytes=16384",
            // SameSite=Lax on the session cookie (web.xml's cookie attribute is not honoured here).
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.cookie-same-site-value=Lax",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.cookie-same-site-enabled=true",
            // Say nothing about the server's make and version to a prober.
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false",
            // A few request threads per core rather than Payara's 200: see httpThreads().
            "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size="
                + httpThreads(),
            // The portal serves its own /openapi (OpenApiServlet): Payara's generated one is moved
            // aside and off, which also spares the deployment building it.
            "set-openapi-configuration --enabled=false --endpoint=payara-openapi",
            ""));
    List<String> command = new java.util.ArrayList<>();
    command.addAll(List.of(javaExecutable(), "-Xmx512m", "-Djava.io.tmpdir=" + tmp));
    // Extra JVM options for a measurement (e.g. -XX:FlightRecorderOptions:stackdepth=512).
    String extra = System.getProperty("renkei.portal.jvm-options", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    if (member != null) {
      // Session ids end in ".nodeN": the load balancer sends each session back to its instance.
      command.add("-DjvmRoute=" + member.name());
    }
    command.addAll(List.of("-jar", payaraJar.toString()));
    command.addAll(deploy);
    command.addAll(
        List.of(
            "--port",
            Integer.toString(port),
            "--prebootcommandfile",
            preboot.toString(),
            "--rootdir",
            workDir.resolve("payara-root").toString()));
    command.addAll(member == null ? List.of("--nocluster") : member.options());
    return ServerProcess.start("Payara Micro", command, workDir, env, workDir.resolve(logName));
  }

  /**
   * How many requests the instance works on at once; the rest wait in Grizzly's queue. Three per
   * core: a request is mostly CPU (a Faces render; its reads take PostgreSQL a millisecond). With
   * Payara's default of 200, twenty connections kept twenty request threads runnable on two cores,
   * the JIT's one C2 thread got a twentieth of the CPU and never caught up — after eight minutes of
   * load the portal still served a half-compiled draft page at 200 req/s. Capped, the JIT settles
   * within minutes and the same page serves twice as many (src/bench/README.md). {@code
   * -Drenkei.portal.http-threads=N} overrides it for a measurement.
   */
  static int httpThreads() {
    return Integer.getInteger(
        "renkei.portal.http-threads", 3 * Runtime.getRuntime().availableProcessors());
  }

  /**
   * Payara Micro keeps what it deployed in its root folder and deploys it again at the next boot —
   * before deploying the new WAR: the portal would start twice. Everything but the unpacked runtime
   * goes.
   */
  private static void forgetEarlierDeployments(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (var children = Files.list(root)) {
      for (Path child :
          children.filter(c -> !c.getFileName().toString().equals("runtime")).toList()) {
        KeycloakServer.deleteTree(child);
      }
    }
  }

  static String readinessUrl(int port) {
    return "http://127.0.0.1:" + port + "/health/ready";
  }

  /** The line Payara Micro logs once every deployment is done. */
  static final java.util.regex.Pattern READY_LINE =
      java.util.regex.Pattern.compile("Payara Micro .* ready in ([0-9,]+) \\(ms\\)");

  static String homeUrl(int port) {
    return "http://127.0.0.1:" + port + "/";
  }

  /**
   * How long a start may take before it counts as failed: usually 15–30 s here, but on a busy
   * 2-core machine an instance launched beside Keycloak's first start once logged its first line
   * two minutes after launch and was ready a minute later (the fault suite, 4 December 2026).
   */
  static Duration startTimeout() {
    return Duration.ofMinutes(5);
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
