package jp.renkei.portal.it.journey;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A form's errors are shown all at once, each next to its field: the field says it is invalid
 * ({@code aria-invalid}) and which text describes the problem ({@code aria-describedby}), and the
 * summary at the top links to each field (issue 15, item 6). Tried on the termination form of 今別町's
 * agreement in force, sent with both of its dates missing: nothing may change.
 */
@ExtendWith(StackExtension.class)
class FieldErrorsIT {

  private static final String PAGE = "/c/aomori/agreements/2";
  private static final String RESOLVED = "termination-form:termination-resolved-on";
  private static final String NOTICE = "termination-form:terminated-on";

  private final TestStack stack;

  FieldErrorsIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void everyErrorStandsNextToItsFieldAndTheSummaryLinksToIt() {
    PortalHttp central = PortalHttp.signedIn(stack, "aomori-mayor");
    HttpResponse<String> page = central.get(PAGE);
    assertTrue(Rendered.page(page, "agreement-title").contains("termination-form"), "the form");

    HttpResponse<String> answer =
        central.postForm(
            PAGE,
            "termination-form=termination-form"
                + "&termination-form%3Aterminated-by=023043"
                + "&"
                + encode(RESOLVED)
                + "=&"
                + encode(NOTICE)
                + "=&termination-form%3Aterminate=x&jakarta.faces.ViewState="
                + encode(Rendered.viewState(page.body())));

    String shown = Rendered.page(answer, "agreement-title");
    for (String field : new String[] {RESOLVED, NOTICE}) {
      String input = element(shown, "input", field);
      assertTrue(input.contains("aria-invalid=\"true\""), input);
      assertTrue(input.contains("aria-describedby=\"" + field + "-error\""), input);
      String message = element(shown, "span", field + "-error");
      assertTrue(message.contains("日付を入力してください"), message);
      assertTrue(shown.contains("href=\"#" + field + "\""), "the summary links to " + field);
    }
    String after = Rendered.page(PortalHttp.anonymous(stack).get(PAGE), "agreement-title");
    assertFalse(after.contains("lapse-banner"), "no termination was recorded");
  }

  /** The element with this id, from its opening tag to the end of its text. */
  private static String element(String page, String tag, String id) {
    Matcher m =
        Pattern.compile("<" + tag + "[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>[^<]*")
            .matcher(page);
    assertTrue(m.find(), "no " + tag + " with id " + id);
    return m.group();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
