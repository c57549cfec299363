package jp.renkei.portal.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * nginx in front of the cluster's instances, on loopback: a session goes back to the instance that
 * made it (its id ends in {@code .nodeN}, Payara's {@code jvmRoute}), a request without a session
 * to any instance, and when an instance does not answer nginx tries the next — so a person whose
 * instance died lands on a living one. Public pages the portal marks cacheable are served from
 * nginx's cache.
 *
 * <pre>{@code
 * ServerProcess nginx = LoadBalancer.start(workDir, 18280, Map.of("node1", 18281, "node2", 18282));
 * }</pre>
 */
public final class LoadBalancer {

  private LoadBalancer() {}

  /** Starts nginx listening on the port, balancing over the instances (name → port). */
  static ServerProcess start(Path workDir, int port, java.util.Map<String, Integer> instances)
      throws IOException {
    Path dir = workDir.resolve("nginx");
    for (String sub : List.of("logs", "cache", "cache-tmp", "body-tmp")) {
      Files.createDirectories(dir.resolve(sub));
    }
    Path conf = dir.resolve("nginx.conf");
    Files.writeString(conf, config(dir, port, instances));
    return ServerProcess.start(
        "nginx",
        List.of("nginx", "-c", conf.toString(), "-p", dir.toString()),
        dir,
        java.util.Map.of(),
        dir.resolve("logs/nginx.out"));
  }

  static String config(Path dir, int port, java.util.Map<String, Integer> instances) {
    List<String> lines = new ArrayList<>();
    lines.add("worker_processes 1;");
    lines.add("daemon off;");
    lines.add("pid " + dir.resolve("nginx.pid") + ";");
    lines.add("error_log " + dir.resolve("logs/error.log") + " warn;");
    lines.add("events { worker_connections 1024; }");
    lines.add("http {");
    lines.add("  access_log off;");
    lines.add("  include /etc/nginx/mime.types;");
    lines.add("  proxy_cache_path " + dir.resolve("cache") + " keys_zone=portal:10m inactive=10m;");
    lines.add("  proxy_temp_path " + dir.resolve("cache-tmp") + ";");
    lines.add("  client_body_temp_path " + dir.resolve("body-tmp") + ";");
    lines.add("  upstream portal {");
    instances
        .values()
        .forEach(p -> lines.add("    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;"));
    lines.add("  }");
    // Sticky sessions: the instance named at the end of the session id; the pool otherwise.
    lines.add("  map $cookie_JSESSIONID $sticky {");
    lines.add("    default portal;");
    instances.forEach((name, p) -> lines.add("    ~\\." + name + "$ 127.0.0.1:" + p + ";"));
    lines.add("  }");
    lines.add("  server {");
    lines.add("    listen 127.0.0.1:" + port + ";");
    lines.add("    client_max_body_size 12m;");
    lines.add("    proxy_http_version 1.1;");
    lines.add("    proxy_set_header Connection \"\";");
    lines.add("    proxy_set_header Host $http_host;");
    lines.add("    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;");
    lines.add("    proxy_connect_timeout 2s;");
    lines.add("    location / {");
    lines.add("      proxy_pass http://$sticky;");
    lines.add("      proxy_cache portal;");
    lines.add("      proxy_cache_lock on;");
    lines.add("      proxy_cache_use_stale updating error timeout;");
    // The instance of this session is gone: any living instance takes the request.
    lines.add("      proxy_intercept_errors off;");
    lines.add("      error_page 502 504 = @any;");
    lines.add("    }");
    lines.add("    location @any {");
    lines.add("      proxy_pass http://portal;");
    lines.add("      proxy_next_upstream error timeout http_502 http_503;");
    lines.add("    }");
    lines.add("  }");
    lines.add("}");
    lines.add("");
    return String.join("\n", lines);
  }
}
