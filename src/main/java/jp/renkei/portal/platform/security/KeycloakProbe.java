package jp.renkei.portal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells whether Keycloak answers, so that sign-in can show "temporarily unavailable" instead of an
 * error. The answer is kept for two seconds: a burst of sign-ins asks Keycloak once, and an outage
 * shows within two seconds.
 */
@ApplicationScoped
public class KeycloakProbe {

  private static final Logger LOG = Logger.getLogger(KeycloakProbe.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final long REMEMBER_UP_MILLIS = 2_000;
  private static final long REMEMBER_DOWN_MILLIS = 2_000;

  @Inject OidcSettings settings;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private volatile boolean lastAnswer;
  private volatile long answeredAt;

  public boolean isAvailable() {
    long age = System.currentTimeMillis() - answeredAt;
    if (age < (lastAnswer ? REMEMBER_UP_MILLIS : REMEMBER_DOWN_MILLIS)) {
      return lastAnswer;
    }
    lastAnswer = ask();
    answeredAt = System.currentTimeMillis();
    return lastAnswer;
  }

  private boolean ask() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(settings.getDiscoveryUri())).timeout(TIMEOUT).build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status == 200;
    } catch (java.io.IOException e) {
      LOG.log(
          Level.WARNING,
          "Keycloak does not answer at {0}: {1}",
          new Object[] {settings.getDiscoveryUri(), e.toString()});
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
