package jp.renkei.portal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits what a visitor who is not signed in may send: at most {@code
 * renkei.throttle.anonymous-posts-per-minute} (100) form posts a minute from one address, then the
 * portal's "too many requests" page (429, {@code Retry-After}) until the minute is over. Sign-in
 * attempts are Keycloak's (brute-force detection in the realm), residents' comments have their own
 * limit, and signed-in people are not counted here.
 *
 * <p>The address is the connection's, or — when the connection comes from a proxy listed in {@code
 * renkei.proxy.trusted-addresses} (the load balancer) — the last address that proxy added to {@code
 * X-Forwarded-For}. Each instance counts for itself: behind a load balancer that spreads anonymous
 * posts over n instances, an address gets up to n times the limit, which still stops a flood.
 */
public class AnonymousPostThrottle extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(AnonymousPostThrottle.class.getName());

  static final int DEFAULT_PER_MINUTE = 100;

  /** Beyond this many addresses counted, windows of earlier minutes are forgotten at once. */
  private static final int MAX_ADDRESSES = 50_000;

  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  int perMinute = DEFAULT_PER_MINUTE;
  List<String> trustedProxies = List.of();
  Clock clock = Clock.systemUTC();

  /** The posts of one address in one minute. */
  record Window(long minute, int count) {}

  @Override
  public void init() {
    var config = ConfigProvider.getConfig();
    perMinute =
        config
            .getOptionalValue("renkei.throttle.anonymous-posts-per-minute", Integer.class)
            .orElse(DEFAULT_PER_MINUTE);
    trustedProxies =
        config
            .getOptionalValue("renkei.proxy.trusted-addresses", String.class)
            .map(a -> Arrays.stream(a.split(",")).map(String::strip).filter(s -> !s.isEmpty()))
            .map(s -> s.toList())
            .orElse(List.of());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod())
        && request.getUserPrincipal() == null
        && !allows(addressOf(request))) {
      LOG.fine(() -> "Too many anonymous posts from " + addressOf(request));
      response.setHeader("Retry-After", "60");
      request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 429);
      request
          .getRequestDispatcher(ErrorPageServlet.PATH)
          .forward(new BodilessGet(request), response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Counts one post of this address; false once it is past the limit in this minute. */
  boolean allows(String address) {
    long minute = clock.millis() / 60_000;
    if (windows.size() > MAX_ADDRESSES) {
      windows.values().removeIf(w -> w.minute() != minute);
    }
    Window window =
        windows.merge(
            address,
            new Window(minute, 1),
            (old, one) -> old.minute() == minute ? new Window(minute, old.count() + 1) : one);
    return window.count() <= perMinute;
  }

  String addressOf(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || !trustedProxies.contains(remote)) {
      return remote;
    }
    String[] hops = forwarded.split(",");
    return hops[hops.length - 1].strip();
  }
}
