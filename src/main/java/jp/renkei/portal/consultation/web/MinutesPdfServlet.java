package jp.renkei.portal.consultation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.renkei.portal.consultation.boundary.ConsultationMinutes;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * {@code /c/{slug}/consultations/{id}/minutes.pdf}: the final minutes as PDF in the reader's
 * language — to the parties, and to anybody once published. Reached only through the front
 * controller.
 */
@WebServlet("/exports/minutes-pdf")
public class MinutesPdfServlet extends HttpServlet {

  @Inject TenantContext tenant;
  @Inject ConsultationMinutes minutes;
  @Inject LanguageSelection language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!tenant.isActive()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf = minutes.pdf(tenant.getPathId(), language.getLocale());
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "inline; filename=\"minutes-" + tenant.getPathId() + ".pdf\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
