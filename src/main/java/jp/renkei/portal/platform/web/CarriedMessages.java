package jp.renkei.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import jp.renkei.portal.platform.address.PortalCookies;
import jp.renkei.portal.platform.security.PortalSecrets;

/**
 * The success messages a step leaves for the page it redirects to ("ご意見を受け付けました（受付番号 12）"), carried
 * in a short-lived cookie sealed (AES-GCM) with a key every instance shares. Faces' flash kept them
 * in the memory of the instance that made them, under a key of its own: when the load balancer sent
 * the next request to another instance — its instance had died, or was restarted — the message was
 * lost and the other instance logged a SEVERE for the cookie it could not read. Sealed, the message
 * can be read only by the portal, cannot be made up by anybody else, and is shown once: the page
 * that shows it clears the cookie.
 *
 * <pre>{@code
 * carried.carry(context, List.of(message)); // before the redirect (FacesMessages.doneAndGoTo)
 * carried.takeInto(context);                // before the next page renders (CarriedMessagesListener)
 * }</pre>
 */
@ApplicationScoped
public class CarriedMessages {

  static final String COOKIE = "renkei-done";

  /** Long enough for a slow redirect on a phone, short enough that a copied cookie is soon dead. */
  static final Duration LIFETIME = Duration.ofMinutes(2);

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] PURPOSE = COOKIE.getBytes(StandardCharsets.US_ASCII);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final List<FacesMessage.Severity> SEVERITIES =
      List.of(
          FacesMessage.SEVERITY_INFO,
          FacesMessage.SEVERITY_WARN,
          FacesMessage.SEVERITY_ERROR,
          FacesMessage.SEVERITY_FATAL);

  /** One message: its severity's ordinal and its text, already in the person's language. */
  record Carried(int severity, String text) {}

  @Inject PortalSecrets secrets;

  Clock clock = Clock.systemUTC();

  /** Sets the cookie that carries these messages to the next page; call before redirecting. */
  public void carry(FacesContext context, List<FacesMessage> messages) {
    List<Carried> carried =
        messages.stream()
            .map(m -> new Carried(m.getSeverity().getOrdinal(), m.getSummary()))
            .toList();
    String sealed = seal(secrets.carriedMessagesKey(), clock.instant().plus(LIFETIME), carried);
    response(context)
        .addCookie(PortalCookies.of(request(context), COOKIE, sealed, (int) LIFETIME.toSeconds()));
  }

  /**
   * Adds the messages carried to this request, if any, to the page about to render, and clears the
   * cookie; a cookie that does not open (tampered, expired, sealed with another key) is cleared and
   * shows nothing.
   */
  public void takeInto(FacesContext context) {
    HttpServletRequest request = request(context);
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        response(context).addCookie(PortalCookies.gone(request, COOKIE));
        open(secrets.carriedMessagesKey(), clock.instant(), cookie.getValue())
            .orElse(List.of())
            .forEach(m -> context.addMessage(null, message(m)));
        return;
      }
    }
  }

  static String seal(byte[] key, Instant expires, List<Carried> messages) {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(plain)) {
      out.writeLong(expires.getEpochSecond());
      out.writeByte(messages.size());
      for (Carried m : messages) {
        out.writeByte(m.severity());
        out.writeUTF(m.text());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, iv).doFinal(plain.toByteArray());
      byte[] both = new byte[IV_BYTES + sealed.length];
      System.arraycopy(iv, 0, both, 0, IV_BYTES);
      System.arraycopy(sealed, 0, both, IV_BYTES, sealed.length);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(both);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  /** The messages sealed in {@code value}; empty when it is not one of ours or has expired. */
  static Optional<List<Carried>> open(byte[] key, Instant now, String value) {
    try {
      byte[] both = Base64.getUrlDecoder().decode(value);
      if (both.length <= IV_BYTES) {
        return Optional.empty();
      }
      byte[] iv = new byte[IV_BYTES];
      System.arraycopy(both, 0, iv, 0, IV_BYTES);
      byte[] plain =
          cipher(Cipher.DECRYPT_MODE, key, iv).doFinal(both, IV_BYTES, both.length - IV_BYTES);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
      if (Instant.ofEpochSecond(in.readLong()).isBefore(now)) {
        return Optional.empty();
      }
      int count = in.readUnsignedByte();
      List<Carried> messages = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        messages.add(new Carried(in.readUnsignedByte(), in.readUTF()));
      }
      return Optional.of(messages);
    } catch (IllegalArgumentException | GeneralSecurityException | IOException e) {
      // Not base64, tampered with, sealed with another key: a cookie we did not make.
      return Optional.empty();
    }
  }

  private static Cipher cipher(int mode, byte[] key, byte[] iv) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(PURPOSE);
    return cipher;
  }

  private static FacesMessage message(Carried carried) {
    FacesMessage.Severity severity =
        SEVERITIES.stream()
            .filter(s -> s.getOrdinal() == carried.severity())
            .findFirst()
            .orElse(FacesMessage.SEVERITY_INFO);
    return new FacesMessage(severity, carried.text(), null);
  }

  private static HttpServletRequest request(FacesContext context) {
    return (HttpServletRequest) context.getExternalContext().getRequest();
  }

  private static HttpServletResponse response(FacesContext context) {
    return (HttpServletResponse) context.getExternalContext().getResponse();
  }
}
