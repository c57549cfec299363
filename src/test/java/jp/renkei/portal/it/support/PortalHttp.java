package jp.renkei.portal.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client with its own cookies that can sign in through Keycloak's real login form, the way
 * a browser does but without one: fast enough to try every page as every kind of caller.
 *
 * <pre>{@code
 * PortalHttp hiranai = PortalHttp.signedIn(stack, "hiranai-staff");
 * hiranai.get("/c/nagano/members").statusCode(); // 403
 * }</pre>
 */
public final class PortalHttp {

  public static final String DEMO_PASSWORD = "demo1234";
  private static final Pattern LOGIN_FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private final String baseUrl;
  private final HttpClient http;
  private final String username;

  private PortalHttp(String baseUrl, String username) {
    this(
        baseUrl,
        username,
        HttpClient.newBuilder()
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            // As a browser over plain http: no h2c upgrade.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build());
  }

  private PortalHttp(String baseUrl, String username, HttpClient http) {
    this.baseUrl = baseUrl;
    this.username = username;
    this.http = http;
  }

  /**
   * The same browser — its cookies — with its requests sent to another address: the other instance
   * of a cluster, as the load balancer sends it there once its own instance is gone.
   */
  public PortalHttp at(String otherBaseUrl) {
    return new PortalHttp(otherBaseUrl, username, http);
  }

  public static PortalHttp anonymous(TestStack stack) {
    return new PortalHttp(stack.portalUrl(), null);
  }

  /** A visitor of the portal at this address (a cluster's load balancer, one of its instances). */
  public static PortalHttp anonymous(String baseUrl) {
    return new PortalHttp(baseUrl, null);
  }

  /** Signs in at the portal at this address, with this password, through Keycloak's page. */
  public static PortalHttp signedIn(String baseUrl, String username, String password) {
    PortalHttp client = new PortalHttp(baseUrl, username);
    client.signIn(username, password);
    return client;
  }

  /** Signs in as a demo user through Keycloak's login page; fails when that does not work. */
  public static PortalHttp signedIn(TestStack stack, String username) {
    PortalHttp client = new PortalHttp(stack.portalUrl(), username);
    client.signIn(username, DEMO_PASSWORD);
    return client;
  }

  public String username() {
    return username == null ? "anonymous" : username;
  }

  private void signIn(String user, String password) {
    HttpResponse<String> page = follow(send(get(URI.create(baseUrl + "/signin?next=/"))));
    Matcher action = LOGIN_FORM_ACTION.matcher(page.body());
    if (!action.find()) {
      throw new IllegalStateException("No Keycloak login form at " + page.uri());
    }
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&credentialId=";
    HttpRequest post =
        HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> landed = follow(send(post));
    if (!landed.uri().toString().startsWith(baseUrl) || landed.statusCode() != 200) {
      throw new IllegalStateException(
          "Sign-in as " + user + " ended at " + landed.uri() + " (" + landed.statusCode() + ")");
    }
  }

  /** The session cookie the portal gave this client, as a {@code Cookie} header value. */
  public String sessionCookie() {
    return ((CookieManager) http.cookieHandler().orElseThrow())
        .getCookieStore().get(URI.create(baseUrl)).stream()
            .filter(c -> c.getName().equals("JSESSIONID"))
            .map(c -> c.getName() + "=" + c.getValue())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no portal session"));
  }

  /** GET of a download, as bytes. */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET of a portal path, redirects not followed. */
  public HttpResponse<String> get(String path) {
    return send(get(URI.create(baseUrl + path)));
  }

  public HttpResponse<String> post(String path, String origin) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .POST(HttpRequest.BodyPublishers.noBody());
    if (origin != null) {
      builder.header("Origin", origin);
    }
    return send(builder.build());
  }

  /** POST of a form body ({@code a=b&c=d}) to a portal path, redirects not followed. */
  public HttpResponse<String> postForm(String path, String form) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  /** Follows redirects (as a browser would) and returns the last response. */
  public HttpResponse<String> follow(HttpResponse<String> response) {
    HttpResponse<String> current = response;
    for (int hops = 0; hops < 10 && isRedirect(current.statusCode()); hops++) {
      URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
      current = send(get(next));
    }
    return current;
  }

  /**
   * Keycloak marks its cookies Secure even over http; browsers still send them to 127.0.0.1, which
   * they trust as a secure context, but Java's cookie manager does not. This one does the same as a
   * browser for loopback.
   */
  private static final class LoopbackCookies extends CookieManager {
    LoopbackCookies() {
      super(null, CookiePolicy.ACCEPT_ALL);
    }

    @Override
    public void put(URI uri, java.util.Map<String, java.util.List<String>> headers)
        throws IOException {
      super.put(uri, headers);
      getCookieStore().getCookies().forEach(cookie -> cookie.setSecure(false));
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307;
  }

  private static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() >= 500) {
        ServerErrors.record(username(), response);
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
