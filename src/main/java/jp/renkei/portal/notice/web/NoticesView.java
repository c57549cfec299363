package jp.renkei.portal.notice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.boundary.NoticePage;
import jp.renkei.portal.platform.i18n.LanguageSelection;

/** {@code /c/{slug}/notices?page=2}: the circle's public notices, newest first, 20 a page. */
@Named
@RequestScoped
public class NoticesView {

  @Inject NoticeBoard board;
  @Inject HttpServletRequest request;
  @Inject LanguageSelection language;

  private NoticePage page;

  public NoticePage getPage() {
    if (page == null) {
      page = board.page(requestedPage());
    }
    return page;
  }

  /** The ids of the notices on this page, to read their attached files at once. */
  public java.util.List<Long> getNoticeIds() {
    return getPage().notices().stream().map(n -> n.id()).toList();
  }

  public boolean isEnglish() {
    return "en".equals(language.getLocale().getLanguage());
  }

  private int requestedPage() {
    try {
      return Integer.parseInt(request.getParameter("page"));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
