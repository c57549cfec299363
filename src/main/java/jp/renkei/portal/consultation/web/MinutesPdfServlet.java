package jp.renkei.portal.consultation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.renkei.portal.consultation.boundary.ConsultationMinutes;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.CircleServlet;

/**
 * {@code /c/{slug}/consultations/{id}/minutes.pdf}: the final minutes as PDF in the reader's
 * language — to the parties, and to anybody once published. Reached only through the front
 * controller.
 */
@WebServlet("/exports/minutes-pdf")
public class MinutesPdfServlet extends CircleServlet {

  @Inject ConsultationMinutes minutes;
  @Inject LanguageSelection language;

  @Override
  protected void respond(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] pdf = minutes.pdf(tenant.getPathId(), language.getLocale());
    sendPrivately(
        response,
        "application/pdf",
        "inline; filename=\"minutes-" + tenant.getPathId() + ".pdf\"",
        pdf);
  }
}
