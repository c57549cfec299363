package jp.renkei.portal.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.inbox.entity.Notification;
import jp.renkei.portal.inbox.entity.NotificationEvent;
import jp.renkei.portal.platform.address.PortalUrl;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.mail.MailServer;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Organizer;

/**
 * Writes a notification's mail in the recipient's language: the event's text, the link to the place
 * to act, how to change what mail they get, and a one-click unsubscribe ({@code List-Unsubscribe},
 * RFC 8058); with an iCalendar invitation when the event carries one (RFC 6047). Each mail has a
 * stable {@code Message-ID} per notification and recipient, so a mail sent twice after a crash is
 * recognised by mail programs as the same.
 */
@ApplicationScoped
public class MailComposer {

  @Inject MailServer mail;
  @Inject UnsubscribeTokens tokens;

  @Inject PortalUrl portalUrl;

  /** The mail of one notification. */
  public MimeMessage single(Notification n, NotificationEvent event) throws MessagingException {
    Locale locale = Locale.forLanguageTag(n.language());
    StringBuilder body = new StringBuilder(event.body(locale));
    body.append("\n\n").append(Messages.text(locale, "mail.footer.open")).append('\n');
    body.append(absolute(event.link()));
    body.append(footer(locale, n.recipient(), n.category()));
    MimeMessage message = addressed(n.email(), n.recipient(), n.category());
    message.setSubject(
        Messages.text(locale, "mail.subject", event.subject(locale)),
        StandardCharsets.UTF_8.name());
    if (event.calendar() == null) {
      message.setText(body.toString(), StandardCharsets.UTF_8.name());
    } else {
      MimeMultipart parts = new MimeMultipart("mixed");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(body.toString(), StandardCharsets.UTF_8.name());
      parts.addBodyPart(text);
      MimeBodyPart invite = new MimeBodyPart();
      invite.setContent(
          addressed(event.calendar(), n.email()),
          "text/calendar; charset=UTF-8; method=" + event.calendarMethod());
      invite.setFileName("invite.ics");
      parts.addBodyPart(invite);
      message.setContent(parts);
    }
    message.saveChanges();
    message.setHeader("Message-ID", messageId("n" + n.id(), n.recipient()));
    return message;
  }

  /** One mail listing a person's waiting notifications (a daily or weekly digest). */
  public MimeMessage digest(
      List<Notification> notifications, List<NotificationEvent> events, boolean weekly)
      throws MessagingException {
    Notification first = notifications.get(0);
    Locale locale = Locale.forLanguageTag(first.language());
    StringBuilder body =
        new StringBuilder(
            Messages.text(
                locale, weekly ? "mail.digest.weekly" : "mail.digest.daily", notifications.size()));
    for (int i = 0; i < notifications.size(); i++) {
      NotificationEvent event = events.get(i);
      body.append("\n\n")
          .append(Messages.text(locale, "portal.list.item", event.subject(locale)))
          .append('\n');
      body.append(absolute(event.link()));
    }
    body.append(footer(locale, first.recipient(), first.category()));
    MimeMessage message = addressed(first.email(), first.recipient(), first.category());
    message.setSubject(
        Messages.text(
            locale,
            "mail.subject",
            Messages.text(
                locale,
                weekly ? "mail.digest.weekly.subject" : "mail.digest.daily.subject",
                notifications.size())),
        StandardCharsets.UTF_8.name());
    message.setText(body.toString(), StandardCharsets.UTF_8.name());
    message.saveChanges();
    message.setHeader(
        "Message-ID",
        messageId(
            "digest" + first.id() + "-" + notifications.get(notifications.size() - 1).id(),
            first.recipient()));
    return message;
  }

  /** The confirmation mail of a follow by address: nothing else goes to it before it is used. */
  public MimeMessage followConfirmation(String email, Locale locale, String what, String link)
      throws MessagingException {
    MimeMessage message = mail.newMessage();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(email));
    message.setSubject(
        Messages.text(locale, "mail.subject", Messages.text(locale, "mail.follow.subject", what)),
        StandardCharsets.UTF_8.name());
    message.setText(
        Messages.text(locale, "mail.follow.body", what, absolute(link)),
        StandardCharsets.UTF_8.name());
    return message;
  }

  private MimeMessage addressed(String email, String recipient, Category category)
      throws MessagingException {
    MimeMessage message = mail.newMessage();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(email));
    String unsubscribe =
        absolute("/unsubscribe/one-click?token=" + tokens.sign(recipient, category));
    message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
    message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    return message;
  }

  private String footer(Locale locale, String recipient, Category category) {
    return "\n\n-- \n"
        + Messages.text(
            locale,
            "mail.footer.preferences",
            absolute("/inbox/preferences"),
            absolute("/unsubscribe?token=" + tokens.sign(recipient, category)));
  }

  private String absolute(String path) {
    return portalUrl.absolute(path);
  }

  private String messageId(String what, String recipient) {
    return "<" + what + "." + hash(recipient) + "@" + mail.domain() + ">";
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The invitation addressed: the portal as its organizer, the recipient as its attendee, so that
   * calendars file it as the recipient's meeting (RFC 6047).
   */
  String addressed(String ics, String email) throws MessagingException {
    try {
      Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
      for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
        event.add(new Organizer(URI.create("mailto:" + mail.sender())));
        Attendee attendee = new Attendee(URI.create("mailto:" + email));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(Rsvp.FALSE);
        event.add(attendee);
      }
      StringWriter out = new StringWriter();
      new CalendarOutputter(false).output(calendar, out);
      return out.toString();
    } catch (IOException | ParserException | IllegalArgumentException e) {
      throw new MessagingException("The invitation could not be addressed", e);
    }
  }
}
