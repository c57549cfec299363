package jp.renkei.portal.it.faults;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;

/** A resident's comment form on a draft's page, sent as the browser sends it. */
final class CommentForm {

  private CommentForm() {}

  /**
   * Sends the comment form of {@code page} (the draft at {@code document}, as the resident has it
   * open); true when the portal acknowledged the comment — redirected back to the draft.
   */
  static boolean submit(
      PortalHttp client, String document, HttpResponse<String> page, String body) {
    if (page.statusCode() != 200 || !page.body().contains("jakarta.faces.ViewState")) {
      return false;
    }
    String form =
        "feedback-form=feedback-form&feedback-form%3Asection="
            + "&feedback-form%3Abody="
            + URLEncoder.encode(body, StandardCharsets.UTF_8)
            + "&feedback-form%3Asend=send&jakarta.faces.ViewState="
            + URLEncoder.encode(Rendered.viewState(page.body()), StandardCharsets.UTF_8);
    HttpResponse<String> answer = client.postForm(document, form);
    return (answer.statusCode() == 302 || answer.statusCode() == 303)
        && answer.headers().firstValue("Location").orElse("").contains(document);
  }
}
