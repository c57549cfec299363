package jp.renkei.portal.vision.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.CircleServlet;
import jp.renkei.portal.vision.boundary.VisionPrint;

/**
 * {@code /c/{slug}/vision/versions/{id}.pdf}: a vision version as PDF in the reader's language, for
 * whoever may read it on its page. Reached only through the front controller.
 */
@WebServlet("/exports/vision-pdf")
public class VisionPdfServlet extends CircleServlet {

  @Inject VisionPrint print;
  @Inject LanguageSelection language;

  @Override
  protected void respond(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    sendPrivately(
        response,
        "application/pdf",
        "inline; filename=\"vision-" + tenant.getPathId() + ".pdf\"",
        print.pdf(tenant.getPathId(), language.getLocale()));
  }
}
