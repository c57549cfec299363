package jp.renkei.portal.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mail server names Jakarta Mail's stream provider once, so that encoding a Japanese subject
 * does not search the class path for it on every mail (jakartaee/mail-api#861).
 */
class MailServerTest {

  private static final String PROPERTY = StreamProvider.class.getName();

  @AfterEach
  void forgetTheProvider() {
    System.clearProperty(PROPERTY);
  }

  @Test
  void theFirstMessageNamesTheStreamProviderJakartaMailFound() throws Exception {
    System.clearProperty(PROPERTY);
    String found = StreamProvider.provider().getClass().getName();

    MimeMessage message = mailServer().newMessage();
    message.setSubject("連携協約（案）が公開されました", "UTF-8");
    message.saveChanges();

    assertEquals(found, System.getProperty(PROPERTY));
    assertEquals("連携協約（案）が公開されました", message.getSubject());
  }

  private static MailServer mailServer() {
    MailServer server = new MailServer();
    server.host = "127.0.0.1";
    server.port = 25;
    server.from = "renkei-portal@localhost";
    server.username = Optional.empty();
    server.password = Optional.empty();
    return server;
  }
}
