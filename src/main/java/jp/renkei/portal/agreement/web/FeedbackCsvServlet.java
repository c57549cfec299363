package jp.renkei.portal.agreement.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.renkei.portal.agreement.boundary.Agreements;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.CircleServlet;

/**
 * {@code /c/{slug}/agreements/{id}/feedback.csv?v=1}: every opinion on a version, hidden ones too,
 * for the central city (UTF-8 with BOM, for Excel). Reached only through the front controller.
 */
@WebServlet("/exports/agreement-feedback")
public class FeedbackCsvServlet extends CircleServlet {

  @Inject Agreements agreements;
  @Inject LanguageSelection language;

  @Override
  protected void respond(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int version;
    try {
      version = Integer.parseInt(request.getParameter("v"));
    } catch (NumberFormatException e) {
      version = agreements.read(tenant.getPathId()).newest().number();
    }
    byte[] csv = agreements.feedbackCsv(tenant.getPathId(), version, language.getLocale());
    sendPrivately(
        response,
        "text/csv;charset=UTF-8",
        "attachment; filename=\"agreement-"
            + tenant.getPathId()
            + "-v"
            + version
            + "-feedback.csv\"",
        csv);
  }
}
