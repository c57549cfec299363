package jp.renkei.portal.vision.web;

import jp.renkei.portal.feedback.boundary.FeedbackRefused;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.text.TypedNumbers;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.vision.entity.VisionRefused;

/** Runs a vision step from a page: on success a message and the next page, else why not. */
final class VisionSteps {

  private VisionSteps() {}

  static void run(TenantContext tenant, Runnable step, String doneKey, String nextPath) {
    try {
      step.run();
      FacesMessages.doneAndGo(doneKey, tenant.getCircle().slug(), nextPath);
    } catch (VisionRefused e) {
      FacesMessages.error(e.messageKey());
    } catch (FeedbackRefused e) {
      FacesMessages.error(e.messageKey());
    }
  }

  /** A whole number typed by a person, or null when it is not one. */
  static Integer integer(String typed) {
    return TypedNumbers.integer(typed).orElse(null);
  }

  /** A date typed as yyyy-mm-dd (the browser's date field), or null. */
  static java.time.LocalDate date(String typed) {
    return TypedNumbers.date(typed).orElse(null);
  }
}
