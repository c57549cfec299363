package jp.renkei.portal.vision.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * 要綱 第9: two joint central cities make the vision together; a city's approval is of the draft as it
 * stands, so a draft changed since needs it again before the other city's approval adopts it.
 */
class JointApprovalTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 0);

  private static void set(VisionVersion v, String field, Object value)
      throws ReflectiveOperationException {
    var f = VisionVersion.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(v, value);
  }

  @Test
  void anApprovalCountsForTheDraftAsItStoodAndAgainOnceRenewed()
      throws ReflectiveOperationException {
    VisionVersion draft = new VisionVersion(5, 1, "中海・宍道湖ビジョン", 2027, 2031, "matsue-mayor", NOW);
    set(draft, "id", 40L); // as saved
    set(draft, "lockVersion", 3L);
    JointApproval matsue = new JointApproval(40, "322016", "matsue-mayor", NOW);
    matsue.approve(draft, "matsue-mayor", NOW);
    assertTrue(matsue.approves(draft));

    set(draft, "lockVersion", 4L); // the draft was saved again
    assertFalse(matsue.approves(draft), "a changed draft needs the approval again");

    matsue.approve(draft, "matsue-mayor", NOW.plusHours(1));
    assertTrue(matsue.approves(draft));

    VisionVersion other = new VisionVersion(5, 2, "別の案", 2027, 2031, "matsue-mayor", NOW);
    set(other, "id", 41L);
    set(other, "lockVersion", 4L);
    assertFalse(matsue.approves(other), "an approval is of one draft");
  }
}
