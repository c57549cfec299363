package jp.renkei.portal.vision.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.CircleServlet;
import jp.renkei.portal.vision.boundary.Visions;

/**
 * {@code /c/{slug}/vision/versions/{id}/feedback.csv}: every resident comment on a draft, hidden
 * ones too, for the central city (UTF-8 with BOM). Reached only through the front controller.
 */
@WebServlet("/exports/vision-feedback")
public class VisionFeedbackCsvServlet extends CircleServlet {

  @Inject Visions visions;
  @Inject LanguageSelection language;

  @Override
  protected void respond(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] csv = visions.feedbackCsv(tenant.getPathId(), language.getLocale());
    sendPrivately(
        response,
        "text/csv;charset=UTF-8",
        "attachment; filename=\"vision-" + tenant.getPathId() + "-feedback.csv\"",
        csv);
  }
}
