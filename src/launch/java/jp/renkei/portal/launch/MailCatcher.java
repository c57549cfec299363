package jp.renkei.portal.launch;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A local SMTP server (GreenMail) on 127.0.0.1 that keeps every message the portal sends: the tests
 * read the invitations from it, and the run command saves each one as an {@code .eml} file any mail
 * program opens (the "inbox") and prints where.
 */
public final class MailCatcher implements AutoCloseable {

  /** The one mailbox that takes every message. */
  private static final String CATCHER = "mail-catcher@renkei.invalid";

  private final GreenMail server;
  private ScheduledExecutorService saver;
  private boolean running = true;

  private MailCatcher(GreenMail server) {
    this.server = server;
  }

  public static MailCatcher start(int port) {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    // Every message goes into one mailbox, whoever it is to (it keeps its recipients): with a
    // mailbox per recipient, GreenMail slowed as they grew — one SMTP connection, distinct
    // recipients, 800 mails a second for the first 10,000 and 207 by the 50,000th; into one
    // mailbox 850–1,150 a second through 100,000 (5 December 2026). One mailbox also keeps the
    // messages in the order they came, which the saver's count relies on.
    GreenMailUser catcher = server.setUser(CATCHER, CATCHER, CATCHER);
    server.getUserManager().setMessageDeliveryHandler((message, address) -> catcher);
    return new MailCatcher(server);
  }

  /** Writes each new message to {@code inbox} as it arrives and says so on the console. */
  public MailCatcher savingTo(Path inbox) {
    try {
      Files.createDirectories(inbox);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[] saved = {0};
    saver =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "mail-catcher");
              t.setDaemon(true);
              return t;
            });
    saver.scheduleWithFixedDelay(
        () -> {
          MimeMessage[] messages = server.getReceivedMessages();
          for (; saved[0] < messages.length; saved[0]++) {
            Path file = inbox.resolve(String.format("%04d.eml", saved[0] + 1));
            try (OutputStream out = Files.newOutputStream(file)) {
              messages[saved[0]].writeTo(out);
              System.out.println(
                  " ✉ Mail to " + String.join(", ", recipients(messages[saved[0]])) + " — " + file);
            } catch (IOException | MessagingException e) {
              System.out.println(" ✉ Could not save a message: " + e.getMessage());
            }
          }
        },
        1,
        1,
        TimeUnit.SECONDS);
    return this;
  }

  /** The messages received so far. */
  public List<MimeMessage> messages() {
    return List.of(server.getReceivedMessages());
  }

  /** Waits for a message to this address and returns it. */
  public Optional<MimeMessage> awaitMessageTo(String address, Duration timeout) {
    long until = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < until) {
      for (MimeMessage m : server.getReceivedMessages()) {
        if (recipients(m).contains(address)) {
          return Optional.of(m);
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The plain text of a message. */
  public static String text(MimeMessage message) {
    try {
      Object content = message.getContent();
      return content instanceof String s ? s : content.toString();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      var all = message.getAllRecipients();
      return all == null ? List.of() : java.util.Arrays.stream(all).map(Object::toString).toList();
    } catch (MessagingException e) {
      return List.of();
    }
  }

  /** Stops taking mail (a test of a mail server that is down); {@link #start()} again. */
  public synchronized void stop() {
    if (running) {
      server.stop();
      running = false;
    }
  }

  public synchronized void start() {
    if (!running) {
      server.start();
      running = true;
    }
  }

  @Override
  public void close() {
    if (saver != null) {
      saver.shutdownNow();
    }
    server.stop();
  }
}
