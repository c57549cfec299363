package jp.renkei.portal.notice.web;

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
import java.util.Map;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.Notice;
import jp.renkei.portal.platform.address.RequestUrls;
import jp.renkei.portal.platform.i18n.Language;
import jp.renkei.portal.platform.i18n.Messages;

/**
 * {@code /feeds/notices.atom}: the newest notices of every circle, as one Atom feed (Rome), in
 * Japanese or, with {@code ?lang=en}, in English.
 */
@WebServlet("/feeds/notices.atom")
public class AllNoticesFeedServlet extends HttpServlet {

  static final int ENTRIES = 50;

  @Inject NoticeBoard board;
  @Inject CircleCatalog catalog;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String base = RequestUrls.base(request);
    Map<Long, CircleProfile> circles =
        catalog.all().stream().collect(Collectors.toMap(CircleProfile::id, c -> c));
    Language language = Language.asked(request);
    List<Notice> notices = board.latestEverywhere(ENTRIES);
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(Messages.text(language.locale(), "notice.all.title"));
    feed.setLink(base + "/");
    feed.setUri(base + "/feeds/notices.atom" + (language == Language.EN ? "?lang=en" : ""));
    feed.setLanguage(language.tag());
    feed.setPublishedDate(
        notices.isEmpty() ? new Date(0) : Date.from(notices.get(0).publishedAt()));
    feed.setEntries(
        notices.stream()
            .filter(n -> circles.containsKey(n.circleId()))
            .map(
                n ->
                    entryOf(
                        n,
                        base + "/c/" + circles.get(n.circleId()).slug() + "/",
                        circles.get(n.circleId()),
                        language))
            .toList());
    response.setContentType("application/atom+xml;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=60");
    try {
      new SyndFeedOutput().output(feed, response.getWriter());
    } catch (FeedException e) {
      throw new IOException(e);
    }
  }

  private static SyndEntry entryOf(
      Notice notice, String base, CircleProfile circle, Language language) {
    boolean english = language == Language.EN;
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(
        english
            ? "[" + circle.nameIn(language.locale()) + "] " + notice.title(true)
            : "【" + circle.name().japanese() + "】" + notice.titleJa());
    entry.setUri(base + "notices#notice-" + notice.id());
    entry.setLink(notice.link() == null ? base + "notices" : base + notice.link());
    entry.setPublishedDate(Date.from(notice.publishedAt()));
    entry.setUpdatedDate(Date.from(notice.publishedAt()));
    SyndContent summary = new SyndContentImpl();
    summary.setType("text");
    summary.setValue(notice.body(english));
    entry.setDescription(summary);
    return entry;
  }
}
