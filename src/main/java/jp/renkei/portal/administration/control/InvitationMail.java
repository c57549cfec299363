package jp.renkei.portal.administration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.rules.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The e-mails that bring people into a circle, in Japanese with English beside it, over SMTP
 * (Jakarta Mail, as Payara ships it). The server comes from {@code RENKEI_MAIL_HOST}/{@code _PORT}
 * (the run command starts a local mail catcher there); a failure to send is a {@link MailNotSent},
 * so the caller can undo what it prepared.
 */
@ApplicationScoped
public class InvitationMail {

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

  /** The invitation with the link that lets the person choose a password. */
  public void sendInvitation(String to, String circleJa, String circleEn, String link) {
    send(
        to,
        subject("mail.invitation.subject", circleJa, circleEn),
        text("mail.invitation.body", circleJa, circleEn, link));
  }

  /** The note to somebody who already has an account and was added to one more circle. */
  public void sendAdded(String to, String circleJa, String circleEn, String link) {
    send(
        to,
        subject("mail.added.subject", circleJa, circleEn),
        text("mail.added.body", circleJa, circleEn, link));
  }

  /** Japanese first, then English: one message both can read. */
  private static String text(String key, Object... arguments) {
    return Messages.text(Locale.JAPANESE, key, arguments)
        + "\n\n----\n\n"
        + Messages.text(Locale.ENGLISH, key, arguments);
  }

  private static String subject(String key, Object... arguments) {
    return Messages.text(Locale.JAPANESE, key, arguments)
        + " / "
        + Messages.text(Locale.ENGLISH, key, arguments);
  }

  private void send(String to, String subject, String body) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    boolean authenticate = username.isPresent() && !username.get().isBlank();
    properties.put("mail.smtp.auth", Boolean.toString(authenticate));
    try {
      Session session = Session.getInstance(properties);
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      if (authenticate) {
        Transport.send(message, username.get(), password.orElse(""));
      } else {
        Transport.send(message);
      }
    } catch (MessagingException e) {
      throw new MailNotSent(e);
    }
  }

  /** The mail server did not take the message: the invitation is undone, the page says so. */
  public static class MailNotSent extends Refusal {
    private static final long serialVersionUID = 1L;

    MailNotSent(Throwable cause) {
      super("admin.error.mail", "The mail server did not take the message", cause);
    }
  }
}
