package jp.renkei.portal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import jp.renkei.portal.platform.Causes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server the portal sends through (Jakarta Mail, as Payara ships it), from {@code
 * RENKEI_MAIL_HOST}/{@code _PORT}, with an optional login and STARTTLS. The run command starts a
 * local mail catcher there; the tests an in-process one.
 *
 * <pre>{@code
 * MimeMessage message = mail.newMessage();
 * message.setRecipients(Message.RecipientType.TO, "a@example.jp");
 * mail.send(message);
 * }</pre>
 */
@ApplicationScoped
public class MailServer {

  @Inject
  @ConfigProperty(name = "renkei.mail.host", defaultValue = "127.0.0.1")
  String host;

  @Inject
  @ConfigProperty(name = "renkei.mail.port", defaultValue = "3025")
  int port;

  @Inject
  @ConfigProperty(name = "renkei.mail.from", defaultValue = "renkei-portal@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "renkei.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "renkei.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "renkei.mail.starttls", defaultValue = "false")
  boolean startTls;

  private volatile Session session;

  /** A new message from the portal's sender address, not yet addressed. */
  public MimeMessage newMessage() throws MessagingException {
    MimeMessage message = new MimeMessage(session());
    message.setFrom(new InternetAddress(from));
    return message;
  }

  /** Hands the message to the SMTP server; its refusal or absence is a MessagingException. */
  public void send(MimeMessage message) throws MessagingException {
    if (isAuthenticated()) {
      Transport.send(message, username.get(), password.orElse(""));
    } else {
      Transport.send(message);
    }
  }

  /**
   * A connection to the SMTP server for many mails in a row: one handshake for a notice to ten
   * thousand followers rather than one each. Not reachable at all: {@link Unreachable}.
   */
  public Connection connect() {
    try {
      Transport transport = session().getTransport("smtp");
      if (isAuthenticated()) {
        transport.connect(host, port, username.get(), password.orElse(""));
      } else {
        transport.connect();
      }
      return new Connection(transport);
    } catch (MessagingException e) {
      throw new Unreachable(reason(e), e);
    }
  }

  /** True when the server refused the mail for good (an address it does not accept: 5xx). */
  public static boolean isPermanent(MessagingException e) {
    if (e instanceof SendFailedException failed) {
      return failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0;
    }
    return e instanceof AddressException;
  }

  /** The server's reason, for the dead-letter list: its replies, without the stack. */
  public static String reason(Exception e) {
    List<String> parts =
        Causes.of(e)
            .map(Throwable::getMessage)
            .filter(message -> message != null && !message.isBlank())
            .map(String::strip)
            .limit(4)
            .toList();
    return parts.isEmpty() ? e.getClass().getSimpleName() : String.join(" / ", parts);
  }

  /** An open SMTP connection; sending reconnects once when the server dropped it. */
  public final class Connection implements AutoCloseable {

    private Transport transport;

    private Connection(Transport transport) {
      this.transport = transport;
    }

    public void send(MimeMessage message) throws MessagingException {
      if (!transport.isConnected()) {
        transport.close();
        transport = connect().transport;
      }
      message.saveChanges();
      transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() {
      try {
        transport.close();
      } catch (MessagingException e) {
        // The mails went out; a failed QUIT changes nothing.
      }
    }
  }

  /** The SMTP server could not be reached: nothing was sent, everything waits for its next try. */
  public static class Unreachable extends RuntimeException {
    public Unreachable(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  /** The portal's sender address. */
  public String sender() {
    return from;
  }

  /** The domain of the sender address, for the Message-IDs of the portal's mails. */
  public String domain() {
    int at = from.indexOf('@');
    return at < 0 ? "renkei-portal" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
  }

  private boolean isAuthenticated() {
    return username.isPresent() && !username.get().isBlank();
  }

  private Session session() {
    if (session == null) {
      Properties properties = new Properties();
      properties.put("mail.smtp.host", host);
      properties.put("mail.smtp.port", Integer.toString(port));
      properties.put("mail.smtp.connectiontimeout", "5000");
      properties.put("mail.smtp.timeout", "10000");
      properties.put("mail.smtp.writetimeout", "10000");
      properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
      properties.put("mail.smtp.auth", Boolean.toString(isAuthenticated()));
      pinStreamProvider();
      session = Session.getInstance(properties);
    }
    return session;
  }

  /**
   * Jakarta Mail 2.1 looks its {@link StreamProvider} up through the {@code ServiceLoader} each
   * time it encodes a header or builds a part — several times per mail, a fifth of the dispatcher's
   * time in thread dumps (jakartaee/mail-api#861) — unless a system property names the class. This
   * names the one it finds, once, and takes the name back if it cannot be loaded from here.
   */
  private static void pinStreamProvider() {
    String property = StreamProvider.class.getName();
    if (System.getProperty(property) != null) {
      return;
    }
    System.setProperty(property, StreamProvider.provider().getClass().getName());
    try {
      StreamProvider.provider();
    } catch (RuntimeException e) {
      System.clearProperty(property);
    }
  }
}
