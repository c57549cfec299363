package jp.renkei.portal.it.support;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;

/**
 * Keeps every 5xx answer the tests received, headers and body, in {@code
 * target/it/server-errors.log}: an assertion shows the status, this shows why.
 */
final class ServerErrors {

  private static final Path LOG = Path.of("target/it/server-errors.log");

  private ServerErrors() {}

  static synchronized void record(String caller, HttpResponse<String> response) {
    String entry =
        LocalTime.now()
            + " "
            + caller
            + " "
            + response.request().method()
            + " "
            + response.uri()
            + " -> "
            + response.statusCode()
            + "\n"
            + response.headers().map()
            + "\n"
            + response.body()
            + "\n\n";
    try {
      Files.createDirectories(LOG.getParent());
      Files.writeString(LOG, entry, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.err.println(entry);
    }
  }
}
