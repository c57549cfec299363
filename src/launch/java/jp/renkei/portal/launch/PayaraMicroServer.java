package jp.renkei.portal.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The portal's WAR on Payara Micro, bound to loopback, single node (Hazelcast off), with the heap
 * capped at 512 MB.
 */
public final class PayaraMicroServer {

  private PayaraMicroServer() {}

  static ServerProcess start(
      Path payaraJar, Path war, Path workDir, int port, Map<String, String> env)
      throws IOException {
    List<String> deploy = List.of("--deploy", war.toString(), "--contextroot", "/");
    return start(payaraJar, deploy, workDir, port, env, "portal.log");
  }

  /** An empty Payara Micro, nothing deployed: the baseline the portal's start-up is compared to. */
  public static ServerProcess startEmpty(Path payaraJar, Path workDir, int port)
      throws IOException {
    return start(payaraJar, List.of(), workDir, port, Map.of(), "empty-payara.log");
  }

  private static ServerProcess start(
      Path payaraJar,
      List<String> deploy,
      Path workDir,
      int port,
      Map<String, String> env,
      String logName)
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
            "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false",
            // Room for a 10,000-character search in the address (Grizzly's default is 8 KB).
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.header-buffer-length-bytes=16384",
            ""));
    List<String> command = new java.util.ArrayList<>();
    command.addAll(
        List.of(
            javaExecutable(), "-Xmx512m", "-Djava.io.tmpdir=" + tmp, "-jar", payaraJar.toString()));
    command.addAll(deploy);
    command.addAll(
        List.of(
            "--port",
            Integer.toString(port),
            "--prebootcommandfile",
            preboot.toString(),
            "--rootdir",
            workDir.resolve("payara-root").toString(),
            "--nocluster"));
    return ServerProcess.start("Payara Micro", command, workDir, env, workDir.resolve(logName));
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

  static Duration startTimeout() {
    return Duration.ofMinutes(3);
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
