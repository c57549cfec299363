package jp.renkei.portal.notice.boundary;

import java.util.List;
import jp.renkei.portal.notice.entity.Notice;

/** One page of a circle's notices, newest first, and how many pages there are. */
public record NoticePage(List<Notice> notices, int page, int pageCount) {

  public boolean hasNext() {
    return page < pageCount;
  }

  public boolean hasPrevious() {
    return page > 1;
  }
}
