package jp.renkei.portal.feedback.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import jp.renkei.portal.feedback.boundary.ResidentsFeedback;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.CircleServlet;

/**
 * {@code /c/{slug}/agreements/{id}/feedback.csv} and {@code …/vision/versions/{id}/feedback.csv}:
 * every opinion on a document put to the residents, hidden ones too, for the central city (UTF-8
 * with BOM, for Excel). Reached only through the front controller, which says the kind.
 */
@WebServlet("/exports/feedback")
public class FeedbackCsvServlet extends CircleServlet {

  @Inject ResidentsFeedback feedback;
  @Inject LanguageSelection language;

  @Override
  protected void respond(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FeedbackSubject.Type type =
        ModerationView.typeOf(request.getParameter(ModerationView.DOCUMENT));
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + type.name().toLowerCase(Locale.ROOT).replace('_', '-')
            + "-"
            + tenant.getPathId()
            + "-feedback.csv\"");
    response.setHeader("Cache-Control", "private, no-store");
    // Streamed as it is read: the export of a million opinions never sits in memory.
    feedback.writeCsv(type, tenant.getPathId(), language.getLocale(), response.getOutputStream());
  }
}
