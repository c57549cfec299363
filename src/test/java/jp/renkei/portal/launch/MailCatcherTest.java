package jp.renkei.portal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local mail catcher keeps every message in the order it came, whoever it is to: the run
 * command's inbox saved a second mail to one person in place of the next one to another.
 */
class MailCatcherTest {

  @TempDir Path inbox;

  @Test
  void messagesKeepTheirOrderAndRecipientsAndEachIsSavedOnce() throws Exception {
    int port = freePort();
    try (MailCatcher catcher = MailCatcher.start(port).savingTo(inbox)) {
      send(port, "a@renkei.invalid", "一通目");
      send(port, "b@renkei.invalid", "二通目");
      send(port, "a@renkei.invalid", "三通目");

      List<String> subjects = catcher.messages().stream().map(MailCatcherTest::subject).toList();
      assertEquals(List.of("一通目", "二通目", "三通目"), subjects);
      MimeMessage toB = catcher.awaitMessageTo("b@renkei.invalid", Duration.ofSeconds(5)).get();
      assertEquals("二通目", toB.getSubject());

      Path third = inbox.resolve("0003.eml");
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!Files.exists(third) && System.nanoTime() < until) {
        Thread.sleep(100);
      }
      Thread.sleep(200);
      assertTrue(read(inbox.resolve("0002.eml")).contains("To: b@renkei.invalid"));
      String last = read(third);
      assertTrue(last.contains("To: a@renkei.invalid") && last.contains("=?UTF-8?"), last);
      assertTrue(
          !read(inbox.resolve("0001.eml")).equals(last), "the third mail is saved, not the first");
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file);
  }

  private static void send(int port, String to, String subject) throws MessagingException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", Integer.toString(port));
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom("portal@renkei.invalid");
    message.setRecipients(Message.RecipientType.TO, to);
    message.setSubject(subject, "UTF-8");
    message.setText("本文", "UTF-8");
    Transport.send(message);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
