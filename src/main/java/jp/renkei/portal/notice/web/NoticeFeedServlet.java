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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.Notice;
import jp.renkei.portal.platform.address.RequestUrls;
import jp.renkei.portal.platform.i18n.Language;
import jp.renkei.portal.platform.tenancy.CircleServlet;

/**
 * {@code /c/{slug}/notices.atom}: the circle's latest notices as an Atom feed (Rome), in Japanese
 * or, with {@code ?lang=en}, in English. Reached only through the front controller, which enters
 * the circle; asked for directly it is a 404.
 */
@WebServlet("/feeds/notices")
public class NoticeFeedServlet extends CircleServlet {

  @Inject NoticeBoard board;
  @Inject CurrentCircle currentCircle;

  @Override
  protected void respond(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CircleProfile circle = currentCircle.profile();
    String base = RequestUrls.base(request) + "/c/" + circle.slug() + "/";
    Language language = Language.asked(request);
    boolean english = language == Language.EN;
    List<Notice> notices = board.page(1).notices();
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(circle.nameIn(language.locale()));
    feed.setLink(base + "notices");
    feed.setUri(base + "notices.atom" + (english ? "?lang=en" : ""));
    feed.setLanguage(language.tag());
    feed.setPublishedDate(
        notices.isEmpty() ? new Date(0) : Date.from(notices.get(0).publishedAt()));
    feed.setEntries(notices.stream().map(n -> entryOf(n, base, english)).toList());
    response.setContentType("application/atom+xml;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=60");
    try {
      new SyndFeedOutput().output(feed, response.getWriter());
    } catch (FeedException e) {
      throw new IOException(e);
    }
  }

  private static SyndEntry entryOf(Notice notice, String base, boolean english) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(notice.title(english));
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
