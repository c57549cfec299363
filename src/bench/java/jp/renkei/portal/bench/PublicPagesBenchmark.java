package jp.renkei.portal.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Issue 3's target: the public agreement page and the notices list at least half as fast as nginx
 * serving the same bytes as static files, p99 ≤ 50 ms at 50 connections — measured side by side on
 * loopback. The portal's public pages are cacheable ({@code Cache-Control: public, max-age=60}), so
 * in production they are served through the HTTP cache in front of the Payara instances; here that
 * is nginx's {@code proxy_cache}, next to an nginx serving static copies.
 */
final class PublicPagesBenchmark {

  private static final int STATIC_PORT = 18090;
  private static final int CACHE_PORT = 18091;

  private PublicPagesBenchmark() {}

  static List<String> run(String portalUrl, Path work, int seconds) throws Exception {
    List<String> report = new ArrayList<>();
    Path dir = work.resolve("nginx");
    Files.createDirectories(dir.resolve("static"));
    Files.createDirectories(dir.resolve("cache"));
    Files.createDirectories(dir.resolve("logs"));
    String[][] pages = {
      {"/c/mutsuwan/agreements/3", "agreement.html"}, {"/c/mutsuwan/notices", "notices.html"}
    };
    for (String[] page : pages) {
      HttpResponse<String> response = FoundationBenchmark.get(portalUrl + page[0], null);
      if (response.statusCode() != 200) {
        throw new IllegalStateException(page[0] + " answered " + response.statusCode());
      }
      Files.writeString(
          dir.resolve("static").resolve(page[1]), response.body(), StandardCharsets.UTF_8);
    }
    Path conf = dir.resolve("nginx.conf");
    Files.writeString(conf, config(dir, portalUrl));
    Process nginx =
        new ProcessBuilder("nginx", "-c", conf.toString(), "-p", dir.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("logs/nginx.out").toFile())
            .start();
    try {
      Thread.sleep(1000);
      for (String[] page : pages) {
        String staticUrl = "http://127.0.0.1:" + STATIC_PORT + "/" + page[1];
        String cachedUrl = "http://127.0.0.1:" + CACHE_PORT + page[0];
        FoundationBenchmark.get(cachedUrl, null); // fill the cache
        FoundationBenchmark.Wrk.Result nginxStatic =
            FoundationBenchmark.Wrk.run(staticUrl, null, 1, 50, seconds);
        FoundationBenchmark.Wrk.Result cached =
            FoundationBenchmark.Wrk.run(cachedUrl, null, 1, 50, seconds);
        FoundationBenchmark.Wrk.Result direct =
            FoundationBenchmark.Wrk.run(portalUrl + page[0], null, 1, 50, seconds);
        double ratio =
            Double.parseDouble(cached.requestsPerSecond())
                / Double.parseDouble(nginxStatic.requestsPerSecond());
        report.add(
            String.format(
                "- %s (%d bytes), wrk -t1 -c50 -d%ds: nginx static %s req/s (p99 %s); portal through"
                    + " the HTTP cache %s req/s (p99 %s) = %.2f of static (target ≥ 0.5, p99 ≤ 50"
                    + " ms); portal without a cache %s req/s (p99 %s)",
                page[0],
                Files.size(dir.resolve("static").resolve(page[1])),
                seconds,
                nginxStatic.requestsPerSecond(),
                nginxStatic.p99(),
                cached.requestsPerSecond(),
                cached.p99(),
                ratio,
                direct.requestsPerSecond(),
                direct.p99()));
      }
    } finally {
      nginx.destroy();
      nginx.waitFor(10, TimeUnit.SECONDS);
    }
    return report;
  }

  /** One worker each side, so that both get the same share of the two cores. */
  private static String config(Path dir, String portalUrl) throws IOException {
    return String.join(
        "\n",
        "worker_processes 1;",
        "daemon off;",
        "pid " + dir.resolve("nginx.pid") + ";",
        "error_log " + dir.resolve("logs/error.log") + " warn;",
        "events { worker_connections 1024; }",
        "http {",
        "  access_log off;",
        "  include /etc/nginx/mime.types;",
        "  proxy_cache_path " + dir.resolve("cache") + " keys_zone=portal:10m inactive=10m;",
        "  proxy_temp_path " + dir.resolve("cache-tmp") + ";",
        "  client_body_temp_path " + dir.resolve("body-tmp") + ";",
        "  server {",
        "    listen 127.0.0.1:" + STATIC_PORT + ";",
        "    root " + dir.resolve("static") + ";",
        "    default_type text/html;",
        "  }",
        "  server {",
        "    listen 127.0.0.1:" + CACHE_PORT + ";",
        "    location / {",
        "      proxy_pass " + portalUrl + ";",
        "      proxy_http_version 1.1;",
        "      proxy_set_header Connection \"\";",
        "      proxy_cache portal;",
        "      proxy_cache_lock on;",
        "      proxy_cache_use_stale updating;",
        "    }",
        "  }",
        "}",
        "");
  }
}
