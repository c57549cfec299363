package jp.renkei.portal.launch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The run command ({@code mvn -Prun}): Keycloak with the realm and the portal on the embedded
 * database in {@code .run/}, demo circles loaded once; prints the URL and the demo logins; Ctrl-C
 * stops both. A database or Keycloak given in the environment ({@code RENKEI_DB_URL}, …) is used
 * instead.
 */
public final class PortalLauncher {

  /** The mail catcher's SMTP port on 127.0.0.1. */
  static final int MAIL_PORT = 3025;

  private PortalLauncher() {}

  public static void main(String[] args) throws Exception {
    Path runDir = Path.of(System.getProperty("renkei.run.dir", ".run")).toAbsolutePath();
    Map<String, String> env = new HashMap<>();
    env.put("RENKEI_DEMO_DATA", "true");
    env.put("RENKEI_DB_EMBEDDED_ALLOWED", "true");
    if (System.getenv("RENKEI_DB_URL") == null) {
      env.put("RENKEI_DB_URL", "jdbc:h2:file:" + runDir.resolve("data/renkei"));
    }
    // The local mail catcher: invitations land in .run/mail/ unless a real server is configured.
    MailCatcher mail = null;
    if (System.getenv("RENKEI_MAIL_HOST") == null) {
      mail = MailCatcher.start(MAIL_PORT).savingTo(runDir.resolve("mail"));
      env.put("RENKEI_MAIL_HOST", "127.0.0.1");
      env.put("RENKEI_MAIL_PORT", Integer.toString(MAIL_PORT));
    }
    var settings = PortalStack.Settings.fromSystemProperties(runDir, 8080, 8180, false, env);
    System.out.println("Starting Keycloak (127.0.0.1:8180) and the portal (127.0.0.1:8080)…");
    PortalStack stack = PortalStack.start(settings);
    MailCatcher catcher = mail;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stack.close();
                  if (catcher != null) {
                    catcher.close();
                  }
                },
                "stop-portal"));
    printBanner(stack);
    Thread.currentThread().join();
  }

  private static void printBanner(PortalStack stack) {
    System.out.println();
    System.out.println("==============================================================");
    System.out.println(" Renkei Portal is running: " + stack.portalUrl() + "/");
    System.out.println(
        "   (ready " + stack.portalReadyMillis() + " ms after Payara Micro started)");
    System.out.println(" Keycloak:                 " + stack.keycloakUrl() + "/ (realm renkei)");
    System.out.println(" Demo logins (password " + DemoLogins.PASSWORD + "):");
    DemoLogins.bannerLines().forEach(System.out::println);
    System.out.println(" Logs: .run/portal.log, .run/keycloak.log   Stop: Ctrl-C");
    System.out.println(
        " Mail (every message the portal sends): SMTP 127.0.0.1:"
            + MAIL_PORT
            + ", saved to .run/mail/*.eml");
    System.out.println("==============================================================");
  }
}
