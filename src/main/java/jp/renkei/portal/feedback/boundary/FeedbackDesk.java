package jp.renkei.portal.feedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.renkei.portal.feedback.entity.Feedback;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.feedback.entity.FeedbackSummary;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Residents' feedback on published drafts, shared by every document that asks for it (agreements
 * now, the vision next): taking opinions with a flood limit, moderation that hides but never
 * deletes, responses, the once-only summary, and the CSV export. Who may do what with which
 * document is the document's boundary's to decide; this desk keeps the feedback rules.
 *
 * <pre>{@code
 * desk.submit(circleId, new FeedbackSubject(AGREEMENT_VERSION, versionId), "PURPOSE", "resident", text);
 * }</pre>
 */
@ApplicationScoped
public class FeedbackDesk {

  /** At most this many opinions per person within {@link #WINDOW}: more is flooding. */
  public static final int MAX_PER_WINDOW = 3;

  public static final Duration WINDOW = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;
  @Inject JapanClock clock;

  @Transactional
  public Feedback submit(
      long circleId, FeedbackSubject subject, String clause, String author, String body) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      throw new FeedbackRefused("feedback.error.empty");
    }
    if (text.length() > Feedback.MAX_LENGTH) {
      throw new FeedbackRefused("feedback.error.too-long");
    }
    LocalDateTime since = LocalDateTime.ofInstant(clock.now().minus(WINDOW), ZoneOffset.UTC);
    long recent =
        em.createQuery(
                "SELECT COUNT(f) FROM Feedback f WHERE f.author = :author AND f.submittedAt > :since",
                Long.class)
            .setParameter("author", author)
            .setParameter("since", since)
            .getSingleResult();
    if (recent >= MAX_PER_WINDOW) {
      throw new FeedbackRefused("feedback.error.throttled");
    }
    Feedback feedback = new Feedback(circleId, subject, clause, author, text, clock.now());
    em.persist(feedback);
    return feedback;
  }

  /** Everything, hidden items included: for the moderators. */
  public List<Feedback> all(long circleId, FeedbackSubject subject) {
    return query(circleId, subject, false);
  }

  /** What is not hidden: for council members and the published summary. */
  public List<Feedback> shown(long circleId, FeedbackSubject subject) {
    return query(circleId, subject, true);
  }

  @Transactional
  public void hide(long circleId, long feedbackId, String reason, String moderator) {
    if (reason == null || reason.isBlank()) {
      throw new FeedbackRefused("feedback.error.reason-required");
    }
    find(circleId, feedbackId).hide(reason.strip(), moderator, clock.now());
  }

  @Transactional
  public void respond(long circleId, long feedbackId, String response) {
    find(circleId, feedbackId).respond(response == null ? null : response.strip());
  }

  public boolean isSummaryPublished(FeedbackSubject subject) {
    return em.find(FeedbackSummary.class, subject) != null;
  }

  /** Records that the summary went out; a second time is refused. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void markSummaryPublished(FeedbackSubject subject, String by) {
    if (isSummaryPublished(subject)) {
      throw new FeedbackRefused("feedback.error.summary-exists");
    }
    em.persist(
        new FeedbackSummary(subject, LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC), by));
  }

  /**
   * All feedback of a document as CSV in UTF-8 with a byte order mark, so that Excel opens the
   * Japanese correctly. {@code clauseName} turns a clause key into words.
   */
  public byte[] csv(
      long circleId, FeedbackSubject subject, Locale locale, Function<String, String> clauseName) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      // The byte order mark goes first: without it Excel reads UTF-8 as Shift_JIS.
      writer.write('\uFEFF');
      CSVPrinter csv =
          CSVFormat.EXCEL
              .builder()
              .setHeader(
                  column(locale, "id"),
                  column(locale, "submitted"),
                  column(locale, "author"),
                  column(locale, "clause"),
                  column(locale, "body"),
                  column(locale, "hidden"),
                  column(locale, "hidden-reason"),
                  column(locale, "response"))
              .get()
              .print(writer);
      for (Feedback f : all(circleId, subject)) {
        csv.printRecord(
            f.id(),
            OfficialDates.format(f.submittedAt().atZone(JapanClock.JAPAN).toLocalDate(), locale),
            f.author(),
            f.clause() == null ? "" : clauseName.apply(f.clause()),
            f.body(),
            f.hidden() ? "○" : "",
            f.hiddenReason() == null ? "" : f.hiddenReason(),
            f.response() == null ? "" : f.response());
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The published summary (意見と考え方): each opinion that is not hidden with the authority's response
   * to it, as the body of a notice.
   */
  public static String summary(Locale locale, List<Feedback> shown) {
    if (shown.isEmpty()) {
      return Messages.text(locale, "notice.feedback.none");
    }
    StringBuilder body =
        new StringBuilder(Messages.text(locale, "notice.feedback.count", shown.size()));
    int n = 1;
    for (Feedback f : shown) {
      body.append("\n\n")
          .append(n++)
          .append(". ")
          .append(f.body())
          .append("\n→ ")
          .append(
              f.response() == null || f.response().isBlank()
                  ? Messages.text(locale, "notice.feedback.no-response")
                  : f.response());
    }
    String text = body.toString();
    return text.length() > 8000 ? text.substring(0, 7990) + "…" : text;
  }

  private static String column(Locale locale, String name) {
    return Messages.text(locale, "feedback.csv." + name);
  }

  private List<Feedback> query(long circleId, FeedbackSubject subject, boolean shownOnly) {
    return em.createQuery(
            "SELECT f FROM Feedback f WHERE f.circleId = :circle AND f.subject = :subject"
                + (shownOnly ? " AND f.hidden = FALSE" : "")
                + " ORDER BY f.submittedAt, f.id",
            Feedback.class)
        .setParameter("circle", circleId)
        .setParameter("subject", subject)
        .getResultList();
  }

  private Feedback find(long circleId, long feedbackId) {
    Feedback f = em.find(Feedback.class, feedbackId);
    if (f == null || f.circleId() != circleId) {
      throw new FeedbackRefused("feedback.error.not-found");
    }
    return f;
  }
}
