package jp.renkei.portal.feedback.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.feedback.boundary.OpenForComment;
import jp.renkei.portal.feedback.boundary.OpenForComment.Open;
import jp.renkei.portal.platform.address.RequestUrls;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;

/**
 * {@code /feeds/open-for-comment.atom}: every draft open for residents' comment, portal-wide, as an
 * Atom feed (Rome) in Japanese — a feed reader shows a new one the day it opens.
 */
@WebServlet("/feeds/open-for-comment.atom")
public class OpenForCommentFeedServlet extends HttpServlet {

  @Inject OpenForComment open;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String base = RequestUrls.base(request);
    List<Open> all = open.all();
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(Messages.text(Locale.JAPANESE, "comment.open.title"));
    feed.setLink(base + "/open-for-comment");
    feed.setUri(base + "/feeds/open-for-comment.atom");
    feed.setLanguage("ja");
    feed.setPublishedDate(
        Date.from(
            java.time.LocalDate.now(JapanClock.JAPAN).atStartOfDay(JapanClock.JAPAN).toInstant()));
    feed.setEntries(all.stream().map(o -> entryOf(o, base)).toList());
    response.setContentType("application/atom+xml;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=60");
    try {
      new SyndFeedOutput().output(feed, response.getWriter());
    } catch (FeedException e) {
      throw new IOException(e);
    }
  }

  private static SyndEntry entryOf(Open item, String base) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(item.titleJa());
    entry.setUri(base + item.path());
    entry.setLink(base + item.path());
    Date opens = Date.from(item.document().opens().atStartOfDay(JapanClock.JAPAN).toInstant());
    entry.setPublishedDate(opens);
    entry.setUpdatedDate(opens);
    SyndContent summary = new SyndContentImpl();
    summary.setType("text");
    summary.setValue(
        Messages.text(
            Locale.JAPANESE,
            "comment.open.until",
            OfficialDates.format(item.closes(), Locale.JAPANESE)));
    entry.setDescription(summary);
    return entry;
  }
}
