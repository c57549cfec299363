package jp.renkei.portal.administration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.mail.MailServer;
import jp.renkei.portal.platform.rules.Refusal;

/**
 * The e-mails that bring people into a circle, in Japanese with English beside it, sent at once
 * through the portal's {@link MailServer}: a failure to send is a {@link MailNotSent}, so the
 * caller can undo the account it prepared (notifications go through the outbox instead).
 */
@ApplicationScoped
public class InvitationMail {

  @Inject MailServer mail;

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
    try {
      MimeMessage message = mail.newMessage();
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      mail.send(message);
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
