package jp.renkei.portal.notice.boundary;

import static jp.renkei.portal.platform.tenancy.TestTenants.MUTSUWAN;
import static jp.renkei.portal.platform.tenancy.TestTenants.NAGANO;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jp.renkei.portal.it.jpa.JpaDatabase;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A circle's notice board is its own: 陸奥湾's published agreement notice is not on 長野's. */
class NoticeBoardIT {

  private final EntityManager em = JpaDatabase.shared().entityManager();

  private NoticeBoard in(Tenant tenant) {
    NoticeBoard board = new NoticeBoard();
    board.em = em;
    board.tenant = TestTenants.in(tenant);
    board.clock = new jp.renkei.portal.platform.time.JapanClock();
    return board;
  }

  @AfterEach
  void close() {
    em.close();
  }

  @Test
  void anotherCirclesNoticesAreOnNoOtherBoard() {
    assertFalse(in(MUTSUWAN).page(1).notices().isEmpty());
    assertTrue(in(NAGANO).page(1).notices().isEmpty());
  }
}
