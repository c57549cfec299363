package jp.renkei.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.PortalLog;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A form sent back with a view state the portal never gave this session — forged, malformed, or
 * taken from another person's session — gets the "page expired, reload" page with 409, changes
 * nothing and leaves one log line, never a stack trace (a log-filling vector otherwise).
 */
@ExtendWith(StackExtension.class)
class FormStateIT {

  private static final String PAGE = "/inbox/preferences";

  private final TestStack stack;

  FormStateIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void aRefusedRequestIsLoggedInOneLineWithWhoWhichCircleWhatAndWhy() {
    PortalHttp resident = PortalHttp.signedIn(stack, "resident");
    long mark = PortalLog.mark();

    Rendered.error(resident.get("/c/aomori/members"), 403);

    String logged = PortalLog.since(mark, "Denied: who=resident");
    assertTrue(
        logged.contains("Denied: who=resident circle=aomori what=GET /c/aomori/members why="),
        logged);
    assertFalse(logged.contains("\tat "), logged);
  }

  @Test
  void aRecordNotTheCallersFoundWhileThePageIsBuiltIsRefusedWithoutAStackTrace() {
    PortalHttp resident = PortalHttp.signedIn(stack, "resident");
    PortalHttp prefecture = PortalHttp.signedIn(stack, "aomori-pref");
    long mark = PortalLog.mark();

    // A members-only draft, a record that is not there, and an edit form not the observer's: each
    // refusal is found by the page's view while Faces builds it; a draft's file by its download.
    Rendered.error(resident.get("/c/aomori/agreements/5"), 404);
    Rendered.error(resident.get("/c/aomori/attachments/1"), 404);
    Rendered.error(PortalHttp.anonymous(stack).get("/c/aomori/agreements/999999"), 404);
    Rendered.error(prefecture.get("/c/aomori/agreements/5/edit"), 403);

    // Nothing need be logged (denials are rate-limited, and earlier tests may have used this
    // minute's lines): read what came in the log's usual delay, then look for stack traces.
    String logged = PortalLog.since(mark, "threw exception");
    assertFalse(logged.contains("\tat "), "no stack trace in the log:\n" + logged);
    assertFalse(logged.contains("NotFoundException"), logged);
    assertFalse(logged.contains("threw exception"), logged);
  }

  @Test
  void aForgedMalformedOrForeignViewStateGetsTheExpiredPageWithoutAStackTrace() {
    PortalHttp mayor = PortalHttp.signedIn(stack, "aomori-mayor");
    PortalHttp other = PortalHttp.signedIn(stack, "hiranai-staff");
    HttpResponse<String> page = mayor.get(PAGE);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"preferences-form\""), "the form rendered");
    String foreign = Rendered.viewState(other.get(PAGE).body());
    long mark = PortalLog.mark();

    for (String forged : new String[] {"forged", "-1:-1", "stateless", "9".repeat(400), foreign}) {
      HttpResponse<String> answer = mayor.postForm(PAGE, save(forged));

      assertEquals(
          409,
          answer.statusCode(),
          "for view state " + forged.substring(0, Math.min(8, forged.length())));
      assertTrue(answer.body().contains("id=\"error-title\""), answer.body());
      assertTrue(
          answer.body().contains("有効期限") || answer.body().contains("expired"), answer.body());
      assertFalse(answer.body().contains("Exception"));
    }

    String logged = PortalLog.since(mark, "Form state not restored");
    assertFalse(logged.contains("\tat "), "no stack trace in the log:\n" + logged);
    assertFalse(logged.contains("SEVERE"), logged);
    assertTrue(logged.contains("Form state not restored"), "one line per refusal:\n" + logged);
    // The genuine form still works in the same session.
    HttpResponse<String> saved =
        mayor.follow(mayor.postForm(PAGE, save(Rendered.viewState(page.body()))));
    assertEquals(200, saved.statusCode());
    assertFalse(saved.body().contains("id=\"error-title\""));
  }

  private static String save(String viewState) {
    return "preferences-form=preferences-form&preferences-form%3Asave=save"
        + "&jakarta.faces.ViewState="
        + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
  }
}
