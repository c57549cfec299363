package jp.renkei.portal.it.support;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.portal.launch.MailCatcher;

/**
 * The mail the portal sent, as a person finds it: to an address, about something (its subject),
 * with its text, its links and its calendar invitation.
 *
 * <pre>{@code
 * Mailbox.Mail poll = mailbox.await("hiranai-staff", "候補日時");
 * hiranai.visit(poll.linkTo("/c/aomori/consultations/"));
 * }</pre>
 */
public final class Mailbox {

  /** The demo accounts' mail domain (realm-config). */
  public static final String DEMO_DOMAIN = "@demo.renkei.invalid";

  private final MailCatcher catcher;

  public Mailbox(TestStack stack) {
    this.catcher = stack.mail();
  }

  /** The demo account's address. */
  public static String of(String username) {
    return username + DEMO_DOMAIN;
  }

  /** Waits (at most 20 s) for the first mail to this account or address whose subject has it. */
  public Mail await(String who, String subjectPart) {
    String address = who.contains("@") ? who : of(who);
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      Optional<Mail> found = find(address, subjectPart).stream().findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      pause(200);
    }
    throw new AssertionError(
        "No mail to " + address + " about " + subjectPart + "; got:\n" + summary());
  }

  /**
   * Waits (at most 20 s) for a mail to this account whose subject has it, after the {@code seen}
   * such mails it already had: the newest.
   */
  public Mail awaitNext(String who, String subjectPart, int seen) {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      List<Mail> found = find(who, subjectPart);
      if (found.size() > seen) {
        return found.get(found.size() - 1);
      }
      pause(200);
    }
    throw new AssertionError(
        "No new mail to " + who + " about " + subjectPart + "; got:\n" + summary());
  }

  /** Every mail to the address whose subject has it, oldest first. */
  public List<Mail> find(String who, String subjectPart) {
    String address = who.contains("@") ? who : of(who);
    return catcher.messages().stream()
        .filter(m -> recipients(m).contains(address))
        .map(Mail::new)
        .filter(m -> m.subject().contains(subjectPart))
        .toList();
  }

  /** Every mail the catcher holds. */
  public List<Mail> all() {
    return catcher.messages().stream().map(Mail::new).toList();
  }

  /** Every mail to the address. */
  public List<Mail> to(String who) {
    return find(who, "");
  }

  /** Lets the dispatcher run a few rounds, for checking that nothing (more) arrives. */
  public static void settle() {
    pause(5000);
  }

  private String summary() {
    StringBuilder all = new StringBuilder();
    for (MimeMessage m : catcher.messages()) {
      all.append(recipients(m)).append(" ").append(new Mail(m).subject()).append('\n');
    }
    return all.toString();
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      var all = message.getAllRecipients();
      return all == null ? List.of() : java.util.Arrays.stream(all).map(Object::toString).toList();
    } catch (MessagingException e) {
      return List.of();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One mail. */
  public record Mail(MimeMessage message) {

    public String subject() {
      try {
        return message.getSubject() == null ? "" : message.getSubject();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }

    public String header(String name) {
      try {
        String value = message.getHeader(name, ", ");
        return value == null ? "" : value;
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The plain text the reader sees. */
    public String text() {
      return part("text/plain").orElseThrow(() -> new AssertionError("no text in " + subject()));
    }

    /** The plain text, empty for a mail without one. */
    public String textOrEmpty() {
      return part("text/plain").orElse("");
    }

    /** The attached iCalendar invitation, if there is one. */
    public Optional<String> calendar() {
      return part("text/calendar");
    }

    public String contentTypeOf(String mediaType) {
      try {
        return find(message.getContent(), message.getContentType(), mediaType, true).orElse("");
      } catch (IOException | MessagingException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The portal path of the first link in the text that has this path in it. */
    public String linkTo(String pathPart) {
      Matcher link = Pattern.compile("https?://[^/\\s]+(/\\S*)").matcher(text());
      while (link.find()) {
        if (link.group(1).contains(pathPart)) {
          return link.group(1);
        }
      }
      throw new AssertionError("No link to " + pathPart + " in:\n" + text());
    }

    /** The address of the one-click unsubscribe (RFC 8058), as the portal path. */
    public String unsubscribePath() {
      Matcher m = Pattern.compile("<https?://[^/>]+(/[^>]+)>").matcher(header("List-Unsubscribe"));
      if (!m.find()) {
        throw new AssertionError("No List-Unsubscribe in " + subject());
      }
      return m.group(1);
    }

    private Optional<String> part(String mediaType) {
      try {
        return find(message.getContent(), message.getContentType(), mediaType, false);
      } catch (IOException | MessagingException e) {
        throw new IllegalStateException(e);
      }
    }

    private static Optional<String> find(
        Object content, String contentType, String mediaType, boolean wantType)
        throws IOException, MessagingException {
      if (content instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart part = multipart.getBodyPart(i);
          Optional<String> found =
              find(part.getContent(), part.getContentType(), mediaType, wantType);
          if (found.isPresent()) {
            return found;
          }
        }
        return Optional.empty();
      }
      if (!contentType.toLowerCase().startsWith(mediaType)) {
        return Optional.empty();
      }
      if (wantType) {
        return Optional.of(contentType);
      }
      if (content instanceof String text) {
        return Optional.of(text);
      }
      if (content instanceof InputStream in) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      return Optional.of(content.toString());
    }
  }
}
