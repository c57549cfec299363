package jp.renkei.portal.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Keycloak and the portal, started side by side and stopped together: what the run command starts
 * and what the integration tests run against.
 *
 * <pre>{@code
 * try (PortalStack stack = PortalStack.start(settings)) {
 *   stack.portalUrl(); // http://127.0.0.1:8080
 * }
 * }</pre>
 */
public final class PortalStack implements AutoCloseable {

  /** Where things are and how to start them. */
  public record Settings(
      Path projectDir,
      Path runtimeDir,
      Path war,
      Path workDir,
      int portalPort,
      int keycloakPort,
      boolean freshKeycloak,
      Map<String, String> portalEnvironment) {

    /** The locations Maven passes as system properties ({@code renkei.*}). */
    public static Settings fromSystemProperties(
        Path workDir, int portalPort, int keycloakPort, boolean fresh, Map<String, String> env) {
      return new Settings(
          Path.of(System.getProperty("renkei.project.dir", ".")).toAbsolutePath(),
          Path.of(System.getProperty("renkei.runtime.dir", "target/runtime")).toAbsolutePath(),
          Path.of(System.getProperty("renkei.war", "target/renkei-portal.war")).toAbsolutePath(),
          workDir.toAbsolutePath(),
          portalPort,
          keycloakPort,
          fresh,
          env);
    }
  }

  private final Settings settings;
  private ServerProcess keycloak;
  private ServerProcess portal;
  private long portalReadyMillis;

  private PortalStack(Settings settings) {
    this.settings = settings;
  }

  public static PortalStack start(Settings settings) throws Exception {
    return start(settings, false);
  }

  /**
   * Starts Keycloak and waits for it before starting the portal, so that the portal's start-up time
   * is measured without Keycloak competing for the cores.
   */
  public static PortalStack startKeycloakFirst(Settings settings) throws Exception {
    return start(settings, true);
  }

  private static PortalStack start(Settings settings, boolean keycloakFirst) throws Exception {
    PortalStack stack = new PortalStack(settings);
    try {
      stack.startBoth(keycloakFirst);
      return stack;
    } catch (Exception e) {
      stack.close();
      throw e;
    }
  }

  private void startBoth(boolean keycloakFirst) throws Exception {
    keycloak =
        KeycloakServer.start(
            settings.runtimeDir().resolve("keycloak-quarkus-dist.zip"),
            settings.projectDir().resolve("realm-config"),
            settings.workDir(),
            settings.keycloakPort(),
            settings.freshKeycloak(),
            System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "kcadmin"),
            settings.portalEnvironment().getOrDefault("RENKEI_PORTAL_URL", portalUrl()));
    if (keycloakFirst) {
      keycloak.awaitReady(
          KeycloakServer.readinessUrl(settings.keycloakPort()), KeycloakServer.startTimeout());
    }
    long started = System.nanoTime();
    startPortal(Map.of());
    CompletableFuture<Void> keycloakReady =
        CompletableFuture.runAsync(
            () -> await(keycloak, KeycloakServer.readinessUrl(settings.keycloakPort()), true));
    awaitPortal();
    portalReadyMillis = (System.nanoTime() - started) / 1_000_000;
    try {
      keycloakReady.join();
    } catch (CompletionException e) {
      throw (Exception) e.getCause();
    }
  }

  private void startPortal(Map<String, String> extra) throws IOException {
    Map<String, String> env = new HashMap<>(settings.portalEnvironment());
    env.putIfAbsent("RENKEI_KEYCLOAK_URL", keycloakUrl());
    env.putIfAbsent("RENKEI_PORTAL_URL", portalUrl());
    env.putAll(extra);
    portal =
        PayaraMicroServer.start(
            settings.runtimeDir().resolve("payara-micro.jar"),
            settings.war(),
            settings.workDir(),
            settings.portalPort(),
            env);
  }

  private void awaitPortal() throws Exception {
    await(portal, PayaraMicroServer.readinessUrl(settings.portalPort()), false);
    // Payara's health endpoint turns green while parts of the portal are still being deployed
    // (the web module unmapped, JAX-RS not registered): wait for Payara to say it is ready, and
    // for the home page.
    portal.awaitLogLine(PayaraMicroServer.READY_LINE, PayaraMicroServer.startTimeout());
    await(portal, PayaraMicroServer.homeUrl(settings.portalPort()), false);
  }

  /**
   * Stops the portal and starts it again over the same database and Keycloak, with these settings
   * added (a restart between enqueue and delivery); the log so far is kept beside the new one.
   */
  public void restartPortal(Map<String, String> extra) throws Exception {
    portal.close();
    startPortalAgain(extra);
  }

  /** Kills the portal at once (SIGKILL), as a crash or a pulled plug would. */
  public void killPortal() {
    portal.kill();
  }

  /** Stops the portal in order, leaving Keycloak up (to read its database file, say). */
  public void stopPortal() {
    portal.close();
  }

  /**
   * Starts the portal again after {@link #killPortal} or {@link #stopPortal}, over the same
   * database and Keycloak, with these settings added; the log so far is kept beside the new one.
   */
  public void startPortalAgain(Map<String, String> extra) throws Exception {
    Path log = portalLog();
    if (Files.exists(log)) {
      Files.move(
          log,
          log.resolveSibling("portal-" + System.currentTimeMillis() + ".log"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    startPortal(extra);
    awaitPortal();
  }

  private static void await(ServerProcess server, String url, boolean keycloak) {
    try {
      server.awaitReady(
          url, keycloak ? KeycloakServer.startTimeout() : PayaraMicroServer.startTimeout());
    } catch (Exception e) {
      throw new CompletionException(e);
    }
  }

  public String portalUrl() {
    return "http://127.0.0.1:" + settings.portalPort();
  }

  public String keycloakUrl() {
    return "http://127.0.0.1:" + settings.keycloakPort();
  }

  /** How long the portal took from process start to ready. */
  public long portalReadyMillis() {
    return portalReadyMillis;
  }

  public Path portalLog() {
    return settings.workDir().resolve("portal.log");
  }

  /** The portal's Payara Micro process id. */
  public long portalPid() {
    return portal.pid();
  }

  /** Stops Keycloak only, to see how the portal copes without it; {@link #close} is still safe. */
  public void stopKeycloak() {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  @Override
  public void close() {
    if (portal != null) {
      portal.close();
    }
    if (keycloak != null) {
      keycloak.close();
    }
  }
}
