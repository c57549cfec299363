package jp.renkei.portal.notice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.Notice;

/** The circle's newest notices, for its home page. */
@Named
@RequestScoped
public class LatestNoticesView {

  static final int SHOWN = 5;

  @Inject NoticeBoard board;

  public List<Notice> getLatest() {
    List<Notice> notices = board.page(1).notices();
    return notices.subList(0, Math.min(SHOWN, notices.size()));
  }
}
