package jp.renkei.portal.notice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import jp.renkei.portal.notice.entity.Notice;
import jp.renkei.portal.notice.entity.NoticeRefused;
import jp.renkei.portal.notice.entity.NoticeText;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;

/**
 * The central city's office writes the circle's own notices (お知らせ): at once, or prepared for a
 * publication time (Japan time) — seen by the office only until then, changed or withdrawn until
 * then, and appearing on pages, feeds, search, the API and in followers' mail at that time. Every
 * step checks that the caller is the central city's staff of the request's circle.
 */
@ApplicationScoped
public class NoticeDesk {

  @Inject NoticeBoard board;
  @Inject TenantContext tenant;
  @Inject JapanClock clock;

  public boolean writes() {
    return tenant.isCentralCityStaff();
  }

  /** Writes a notice; {@code at} (Japan time) null or past means now. Returns its id. */
  @Transactional
  public long write(NoticeText text, LocalDateTime at) {
    requireWrites();
    return board.write(text, instantOf(at), tenant.getCaller().username()).id();
  }

  /** The circle's prepared notices, soonest first. */
  public List<Notice> scheduled() {
    requireWrites();
    return board.scheduled();
  }

  @Transactional
  public void change(long id, NoticeText text, LocalDateTime at) {
    requireWrites();
    scheduledForChange(id).change(text, instantOf(at), clock.now());
  }

  @Transactional
  public void withdraw(long id) {
    requireWrites();
    scheduledForChange(id).withdraw(clock.now());
  }

  private Notice scheduledForChange(long id) {
    return board.forChange(id).orElseThrow(() -> new NotFoundException("notice " + id));
  }

  private Instant instantOf(LocalDateTime japanTime) {
    if (japanTime == null) {
      return null;
    }
    Instant at = japanTime.atZone(JapanClock.JAPAN).toInstant();
    if (at.isBefore(clock.now().minusSeconds(60))) {
      throw new NoticeRefused("notice.error.time-past");
    }
    return at;
  }

  private void requireWrites() {
    if (!writes()) {
      throw new ForbiddenException("notices of " + tenant.getSlug());
    }
  }
}
