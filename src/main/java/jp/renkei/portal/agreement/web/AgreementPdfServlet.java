package jp.renkei.portal.agreement.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.renkei.portal.agreement.boundary.AgreementPrint;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.CircleServlet;

/**
 * {@code /c/{slug}/agreements/{id}.pdf[?v=2]}: the agreement (a version of it) as PDF in the
 * reader's language, for whoever may read it on its page. Reached only through the front
 * controller.
 */
@WebServlet("/exports/agreement-pdf")
public class AgreementPdfServlet extends CircleServlet {

  @Inject AgreementPrint print;
  @Inject LanguageSelection language;

  @Override
  protected void respond(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] pdf = print.pdf(tenant.getPathId(), version(request), language.getLocale());
    sendPrivately(
        response,
        "application/pdf",
        "inline; filename=\"agreement-" + tenant.getPathId() + ".pdf\"",
        pdf);
  }

  /** The version asked for with {@code ?v=}; a number that is none is a version not found. */
  private static Integer version(HttpServletRequest request) {
    String v = request.getParameter("v");
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
