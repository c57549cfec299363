package jp.renkei.portal.feedback.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.renkei.portal.feedback.boundary.ResidentsFeedback;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.CircleServlet;

/**
 * {@code /c/{slug}/agreements/{id}/opinions.pdf} and {@code …/vision/versions/{id}/opinions.pdf}:
 * the published 意見と考え方 of a document as PDF in the reader's language; a 404 until it is published.
 * Reached only through the front controller, which says the kind.
 */
@WebServlet("/exports/opinions-pdf")
public class ResponsePdfServlet extends CircleServlet {

  @Inject ResidentsFeedback feedback;
  @Inject LanguageSelection language;

  @Override
  protected void respond(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FeedbackSubject.Type type =
        ModerationView.typeOf(request.getParameter(ModerationView.DOCUMENT));
    sendPrivately(
        response,
        "application/pdf",
        "inline; filename=\"opinions-" + tenant.getPathId() + ".pdf\"",
        feedback.responsePdf(type, tenant.getPathId(), language.getLocale()));
  }
}
