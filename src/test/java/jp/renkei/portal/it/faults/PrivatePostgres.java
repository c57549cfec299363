package jp.renkei.portal.it.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL of the test's own, on loopback, that the test may kill: the machine's PostgreSQL on
 * 5432 serves everything else and is never touched. Made with the installed server's {@code initdb}
 * in a directory under {@code /tmp} (as the {@code postgres} user when the tests run as root, which
 * PostgreSQL requires), synchronous commit and fsync on, as in production.
 */
final class PrivatePostgres implements AutoCloseable {

  private final Path bin;
  private final Path data;
  private final int port;

  private PrivatePostgres(Path bin, Path data, int port) {
    this.bin = bin;
    this.data = data;
    this.port = port;
  }

  /** A fresh cluster on this port, started. */
  static PrivatePostgres start(int port) throws IOException, InterruptedException {
    Path bin = serverBin();
    Path data = Path.of("/tmp/renkei-faults-pg-" + port);
    deleteTree(data);
    Files.createDirectories(data);
    PrivatePostgres postgres = new PrivatePostgres(bin, data, port);
    postgres.ownedByServer();
    postgres.run(
        bin.resolve("initdb").toString(),
        "-D",
        data.resolve("cluster").toString(),
        "-A",
        "trust",
        "-U",
        "postgres",
        "-E",
        "UTF8",
        "--locale=C");
    postgres.startAgain();
    return postgres;
  }

  /** Starts the server over its data (after {@link #kill}, PostgreSQL recovers from its WAL). */
  void startAgain() throws IOException, InterruptedException {
    run(
        bin.resolve("pg_ctl").toString(),
        "-D",
        data.resolve("cluster").toString(),
        "-l",
        data.resolve("server.log").toString(),
        "-w",
        "-t",
        "60",
        "-o",
        "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data,
        "start");
  }

  /** SIGKILL to the postmaster and every process of it, as a crashed machine would leave it. */
  void kill() throws IOException {
    long pid = Long.parseLong(Files.readAllLines(data.resolve("cluster/postmaster.pid")).get(0));
    ProcessHandle postmaster =
        ProcessHandle.of(pid)
            .orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
    List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
    postmaster.destroyForcibly();
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle p : all) {
      p.onExit().orTimeout(10, TimeUnit.SECONDS).join();
    }
    postmaster.onExit().orTimeout(10, TimeUnit.SECONDS).join();
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), "postgres", "");
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (Files.exists(data.resolve("cluster/postmaster.pid"))) {
      run(
          bin.resolve("pg_ctl").toString(),
          "-D",
          data.resolve("cluster").toString(),
          "-m",
          "immediate",
          "stop");
    }
  }

  private void ownedByServer() throws IOException, InterruptedException {
    if (asRoot()) {
      new ProcessBuilder("chown", "-R", "postgres:postgres", data.toString())
          .inheritIO()
          .start()
          .waitFor();
    }
  }

  private void run(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    if (asRoot()) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    Process process =
        new ProcessBuilder(line)
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("commands.log").toFile())
            .directory(data.toFile())
            .start();
    if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", line) + " failed: " + Files.readString(data.resolve("commands.log")));
    }
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** The newest installed PostgreSQL server's programs (Debian: /usr/lib/postgresql/N/bin). */
  private static Path serverBin() throws IOException {
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
          .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
          .map(v -> v.resolve("bin"))
          .orElseThrow(() -> new IllegalStateException("No PostgreSQL server installed"));
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
