package jp.renkei.portal.feedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.renkei.portal.feedback.control.FeedbackStore;
import jp.renkei.portal.feedback.entity.Feedback;
import jp.renkei.portal.feedback.entity.FeedbackRefused;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.inbox.boundary.Announcement;
import jp.renkei.portal.inbox.boundary.Notifications;
import jp.renkei.portal.inbox.entity.Audience;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.print.PdfPrinter;
import jp.renkei.portal.platform.print.PrintedDocument;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.text.SpreadsheetCells;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Residents' feedback on the documents put to them (agreements under 要綱 第5(3)①, the vision's public
 * comment), one workflow for every kind: a resident's opinion with a flood limit, moderation that
 * hides with a reason and never deletes, a response to each, the once-only published summary
 * (意見と考え方) and the CSV export. Each kind of document says through its {@link CommentedDocuments}
 * which version takes comments and who moderates; everything else is here.
 *
 * <pre>{@code
 * feedback.give(FeedbackSubject.Type.AGREEMENT_VERSION, agreementId, "PURPOSE", text);
 * feedback.publishSummary(FeedbackSubject.Type.VISION_VERSION, versionId);
 * }</pre>
 */
@ApplicationScoped
public class ResidentsFeedback {

  /** At most this many opinions per person within {@link #WINDOW}: more is flooding. */
  public static final int MAX_PER_WINDOW = 3;

  public static final Duration WINDOW = Duration.ofMinutes(10);

  /** Opinions read per round trip by the CSV export. */
  static final int CSV_BATCH = 1000;

  /** Where on a document's page its 意見と考え方 stands: the notice about it links there. */
  public static final String RESPONSE_ANCHOR = "#opinions-and-responses";

  /** The longest summary a notice carries. */
  static final int MAX_SUMMARY = 8000;

  @Inject @Any Instance<CommentedDocuments> kinds;
  @Inject FeedbackStore store;
  @Inject NoticeBoard notices;
  @Inject TenantContext tenant;
  @Inject JapanClock clock;
  @Inject Notifications notifications;

  /** What the moderation page shows: the document (null while it was not put), items, summary. */
  /** Opinions per page of the moderation list; the CSV export reads in batches of the same size. */
  public static final int PAGE_SIZE = 50;

  /**
   * What the moderation page shows: the document (null while it was not put), one page of items,
   * whether the summary is published, and the cursor of the next page (null on the last).
   */
  public record Moderation(
      CommentedDocument document, List<Feedback> items, boolean published, String next) {
    public boolean isPutToResidents() {
      return document != null;
    }
  }

  /**
   * One page of opinions on a document, oldest first, and the cursor of the next (null on the
   * last); {@code readable} is false for those who may read none (an empty page may still be
   * theirs).
   */
  public record Opinions(boolean readable, List<Feedback> items, String next) {
    static final Opinions NONE = new Opinions(false, List.of(), null);
  }

  /**
   * What a resident gets for an opinion: its number, what was received, and the document whose page
   * they go back to.
   */
  public record Receipt(CommentedDocument document, long number, String text) {}

  /**
   * A resident's opinion on the document, during its comment period; returns the receipt: the
   * number to quote when asking about it, and the text as received.
   */
  @Transactional
  public Receipt give(FeedbackSubject.Type type, long documentId, String section, String body) {
    if (!tenant.hasRole(PortalRole.RESIDENT)) {
      throw new ForbiddenException("feedback needs the resident role");
    }
    CommentedDocument document =
        kind(type)
            .putToResidents(documentId)
            .filter(d -> d.acceptsComments(clock.today()))
            .orElseThrow(() -> new FeedbackRefused("feedback.error.closed"));
    String key = section == null || section.isBlank() ? null : section;
    if (key != null && !document.hasSection(key)) {
      throw new FeedbackRefused("feedback.error.clause");
    }
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      throw new FeedbackRefused("feedback.error.empty");
    }
    if (text.length() > Feedback.MAX_LENGTH) {
      throw new FeedbackRefused("feedback.error.too-long");
    }
    String author = tenant.getCaller().username();
    LocalDateTime since = LocalDateTime.ofInstant(clock.now().minus(WINDOW), ZoneOffset.UTC);
    store.lockFloodCountOf(author);
    if (store.givenSince(author, since) >= MAX_PER_WINDOW) {
      throw new FeedbackRefused("feedback.error.throttled");
    }
    Feedback given =
        new Feedback(tenant.circleId(), document.subject(), key, author, text, clock.now());
    store.add(given);
    return new Receipt(document, given.id(), text);
  }

  /** Everything the moderators see of a document's feedback, hidden items included. */
  public Moderation moderation(FeedbackSubject.Type type, long documentId, String after) {
    CommentedDocuments kind = kind(type);
    requireModerator(kind, documentId);
    return kind.putToResidents(documentId)
        .map(
            d -> {
              Opinions page = pageAfter(d.subject(), false, after);
              return new Moderation(
                  d, page.items(), store.isSummaryPublished(d.subject()), page.next());
            })
        .orElse(new Moderation(null, List.of(), false, null));
  }

  private Opinions pageAfter(FeedbackSubject subject, boolean shownOnly, String after) {
    List<Feedback> page =
        store.page(subject, shownOnly, FeedbackStore.Cursor.parse(after), PAGE_SIZE);
    if (page.size() <= PAGE_SIZE) {
      return new Opinions(true, page, null);
    }
    List<Feedback> items = page.subList(0, PAGE_SIZE);
    return new Opinions(
        true, items, FeedbackStore.Cursor.after(items.get(items.size() - 1)).token());
  }

  /**
   * The published 意見と考え方 of a document put to the residents: the notice that carries it, which the
   * document's page shows once its comment period is over. Empty until it is published.
   */
  public Optional<NoticeBoard.Published> publishedResponse(
      FeedbackSubject.Type type, long documentId) {
    return kind(type)
        .putToResidents(documentId)
        .filter(d -> store.isSummaryPublished(d.subject()))
        .flatMap(
            d ->
                notices.latestOf(
                    NoticeKind.FEEDBACK_RESPONSE,
                    List.of(d.pagePath(), d.pagePath() + RESPONSE_ANCHOR)));
  }

  /**
   * The published 意見と考え方 of a document as a PDF, as it is printed for residents and councils: the
   * document's title, when it was published, and each opinion with the response. Not found until it
   * is published.
   */
  public byte[] responsePdf(FeedbackSubject.Type type, long documentId, Locale locale) {
    CommentedDocument document =
        kind(type)
            .putToResidents(documentId)
            .orElseThrow(() -> new NotFoundException("document " + documentId));
    NoticeBoard.Published response =
        publishedResponse(type, documentId)
            .orElseThrow(() -> new NotFoundException("responses to " + documentId));
    boolean english = "en".equals(locale.getLanguage());
    List<String> paragraphs = List.of(response.body(english).split("\n\n"));
    return PdfPrinter.print(
        new PrintedDocument(
            Messages.text(locale, "notice.feedback.title", document.title(locale)),
            null,
            List.of(
                new PrintedDocument.Fact(
                    Messages.text(locale, "feedback.print.published"),
                    OfficialDates.format(
                        response.publishedAt().atZone(JapanClock.JAPAN).toLocalDate(), locale))),
            List.of(
                new PrintedDocument.Section(
                    Messages.text(locale, "feedback.print.heading"), paragraphs)),
            Messages.text(locale, "portal.name"),
            locale));
  }

  /**
   * A page of the opinions the caller may read on a document, after the cursor ({@code after}, null
   * for the first page): all of them for the moderators, those not hidden for the readers
   * (councils), none for anybody else.
   */
  public Opinions readable(FeedbackSubject.Type type, long documentId, String after) {
    CommentedDocuments kind = kind(type);
    boolean moderates = kind.moderates(documentId);
    if (!moderates && !kind.reads(documentId)) {
      return Opinions.NONE;
    }
    return kind.putToResidents(documentId)
        .map(d -> pageAfter(d.subject(), !moderates, after))
        .orElse(Opinions.NONE);
  }

  /** Hides an abusive opinion with a reason; nobody deletes it. */
  @Transactional
  public void hide(FeedbackSubject.Type type, long documentId, long feedbackId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new FeedbackRefused("feedback.error.reason-required");
    }
    moderated(type, documentId, feedbackId)
        .hide(reason.strip(), tenant.getCaller().username(), clock.now());
  }

  /** The authority's response to an opinion, for the summary. */
  @Transactional
  public void respond(
      FeedbackSubject.Type type, long documentId, long feedbackId, String response) {
    CommentedDocument document = moderatedDocument(type, documentId);
    Feedback feedback =
        store
            .find(document.subject(), feedbackId)
            .orElseThrow(() -> new FeedbackRefused("feedback.error.not-found"));
    boolean first = isBlank(feedback.response());
    feedback.respond(response == null ? null : response.strip());
    if (first && !isBlank(feedback.response())) {
      notifications.announce(
          Announcement.of(
              Category.INFORMATION,
              "feedback.responded",
              document.pagePath(),
              List.of(Audience.person(feedback.author())),
              locale ->
                  new Object[] {
                    document.title(locale), excerpt(feedback.body()), feedback.response()
                  }));
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** The opening of a resident's opinion, to remind them which one a mail is about. */
  static String excerpt(String body) {
    return body.length() <= 200 ? body : body.substring(0, 199) + "…";
  }

  /**
   * Publishes the opinions with the authority's response to each (意見と考え方) as a notice, once, after
   * the comment period.
   */
  @Transactional
  public void publishSummary(FeedbackSubject.Type type, long documentId) {
    CommentedDocument document = moderatedDocument(type, documentId);
    if (document.acceptsComments(clock.today())) {
      throw new FeedbackRefused("feedback.error.still-open");
    }
    if (store.isSummaryPublished(document.subject())) {
      throw new FeedbackRefused("feedback.error.summary-exists");
    }
    store.addSummary(
        document.subject(),
        LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC),
        tenant.getCaller().username());
    long count = store.countShown(document.subject());
    List<Feedback> first = enoughForTheSummary(document.subject());
    notices.publish(
        NoticeKind.FEEDBACK_RESPONSE,
        document.pagePath() + RESPONSE_ANCHOR,
        locale -> Messages.text(locale, "notice.feedback.title", document.title(locale)),
        locale -> summary(locale, count, first));
    // Everybody whose opinion is shown, named as a group: looked up when the news is delivered.
    notifications.announce(
        Announcement.of(
            Category.INFORMATION,
            "feedback.summary",
            document.pagePath(),
            List.of(Audience.group(Commenters.KIND, Commenters.nameOf(document.subject()))),
            locale -> new Object[] {document.title(locale)}));
  }

  /**
   * The first shown opinions, as many as fill a summary ({@link #MAX_SUMMARY}): read page by page,
   * so that a document with a million opinions reads a few dozen of them.
   */
  private List<Feedback> enoughForTheSummary(FeedbackSubject subject) {
    List<Feedback> first = new ArrayList<>();
    int length = 0;
    String after = null;
    do {
      Opinions page = pageAfter(subject, true, after);
      for (Feedback f : page.items()) {
        first.add(f);
        length += f.body().length() + (f.response() == null ? 0 : f.response().length());
      }
      after = page.next();
    } while (after != null && length < MAX_SUMMARY);
    return first;
  }

  /**
   * Every opinion on the document as CSV in UTF-8 with a byte order mark, so that Excel opens the
   * Japanese correctly: for the moderators. Written to the stream page by page — a million opinions
   * never sit in memory at once. A document not put to the residents has none.
   */
  public void writeCsv(FeedbackSubject.Type type, long documentId, Locale locale, OutputStream out)
      throws IOException {
    Moderation first = moderation(type, documentId, null);
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
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
    if (first.isPutToResidents()) {
      FeedbackStore.Cursor after = null;
      List<Feedback> page;
      do {
        page = store.page(first.document().subject(), false, after, CSV_BATCH);
        List<Feedback> batch = page.size() > CSV_BATCH ? page.subList(0, CSV_BATCH) : page;
        for (Feedback f : batch) {
          SpreadsheetCells.printRecord(
              csv,
              f.id(),
              OfficialDates.format(f.submittedAt().atZone(JapanClock.JAPAN).toLocalDate(), locale),
              f.author(),
              f.clause() == null ? "" : first.document().sectionName(f.clause(), locale),
              f.body(),
              f.hidden() ? "○" : "",
              f.hiddenReason() == null ? "" : f.hiddenReason(),
              f.response() == null ? "" : f.response());
        }
        after = batch.isEmpty() ? null : FeedbackStore.Cursor.after(batch.get(batch.size() - 1));
        store.forget();
      } while (page.size() > CSV_BATCH);
    }
    csv.flush();
  }

  /**
   * The published summary (意見と考え方): how many opinions are shown, then the first of them with the
   * authority's response to each, as the body of a notice — at most {@link #MAX_SUMMARY}
   * characters.
   */
  static String summary(Locale locale, long count, List<Feedback> shown) {
    if (count == 0 || shown.isEmpty()) {
      return Messages.text(locale, "notice.feedback.none");
    }
    StringBuilder body = new StringBuilder(Messages.text(locale, "notice.feedback.count", count));
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
    return text.length() > MAX_SUMMARY ? text.substring(0, MAX_SUMMARY - 10) + "…" : text;
  }

  private Feedback moderated(FeedbackSubject.Type type, long documentId, long feedbackId) {
    CommentedDocument document = moderatedDocument(type, documentId);
    return store
        .find(document.subject(), feedbackId)
        .orElseThrow(() -> new FeedbackRefused("feedback.error.not-found"));
  }

  private CommentedDocument moderatedDocument(FeedbackSubject.Type type, long documentId) {
    CommentedDocuments kind = kind(type);
    requireModerator(kind, documentId);
    return kind.putToResidents(documentId)
        .orElseThrow(() -> new FeedbackRefused("feedback.error.no-period"));
  }

  private static void requireModerator(CommentedDocuments kind, long documentId) {
    if (!kind.moderates(documentId)) {
      throw new ForbiddenException("moderating " + kind.type() + " " + documentId);
    }
  }

  private static String column(Locale locale, String name) {
    return Messages.text(locale, "feedback.csv." + name);
  }

  private CommentedDocuments kind(FeedbackSubject.Type type) {
    return kinds.stream()
        .filter(k -> k.type() == type)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No documents of kind " + type));
  }
}
