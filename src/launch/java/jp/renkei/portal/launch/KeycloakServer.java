package jp.renkei.portal.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip (fetched from Maven Central by the build),
 * unpacked once into a work folder and started in dev mode on loopback with the realm imported from
 * {@code realm-config/}. Keycloak skips the import when the realm exists, so a second start keeps
 * what people changed.
 */
final class KeycloakServer {

  static final String REALM = "renkei";

  private KeycloakServer() {}

  /**
   * Starts Keycloak with the realm; {@code portalUrl} is the one address the portal's client may
   * redirect to ({@code RENKEI_PORTAL_URL} in the realm file), as in production.
   */
  static ServerProcess start(
      Path distZip,
      Path realmConfig,
      Path workDir,
      int port,
      boolean fresh,
      String adminPassword,
      String portalUrl)
      throws IOException {
    Path home = unpackOnce(distZip, workDir.resolve("keycloak"));
    if (fresh) {
      deleteTree(home.resolve("data"));
    }
    Path imports = home.resolve("data/import");
    Files.createDirectories(imports);
    try (DirectoryStream<Path> realms = Files.newDirectoryStream(realmConfig, "*.json")) {
      for (Path realm : realms) {
        Files.copy(
            realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    copyThemes(realmConfig.resolve("themes"), home.resolve("themes"));
    List<String> command =
        List.of(
            "bash",
            "bin/kc.sh",
            "start-dev",
            "--http-host=127.0.0.1",
            "--http-port=" + port,
            "--http-management-port=" + (port + 1),
            "--import-realm");
    Map<String, String> env =
        Map.of(
            "KC_BOOTSTRAP_ADMIN_USERNAME",
            "kcadmin",
            "KC_BOOTSTRAP_ADMIN_PASSWORD",
            adminPassword,
            "RENKEI_PORTAL_URL",
            portalUrl,
            "JAVA_OPTS_KC_HEAP",
            "-Xms64m -Xmx768m");
    return ServerProcess.start("Keycloak", command, home, env, workDir.resolve("keycloak.log"));
  }

  /**
   * The portal's login theme ({@code realm-config/themes/renkei}) into Keycloak's themes folder.
   */
  private static void copyThemes(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (var files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  static String readinessUrl(int port) {
    return "http://127.0.0.1:" + port + "/realms/" + REALM + "/.well-known/openid-configuration";
  }

  static Duration startTimeout() {
    return Duration.ofMinutes(4);
  }

  /** Unpacks the distribution unless a previous run did; returns Keycloak's home folder. */
  private static Path unpackOnce(Path distZip, Path target) throws IOException {
    Path marker = target.resolve(".unpacked-" + Files.size(distZip));
    if (Files.exists(marker)) {
      return homeIn(target);
    }
    deleteTree(target);
    Files.createDirectories(target);
    try (InputStream in = Files.newInputStream(distZip);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("Zip entry outside the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.createFile(marker);
    return homeIn(target);
  }

  private static Path homeIn(Path target) throws IOException {
    try (Stream<Path> children = Files.list(target)) {
      return children
          .filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("keycloak-"))
          .findFirst()
          .orElseThrow(() -> new IOException("No keycloak-* folder in " + target));
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
