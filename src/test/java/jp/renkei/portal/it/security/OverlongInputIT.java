package jp.renkei.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A field's limit holds when the browser's does not: 100,000 characters sent straight to a form get
 * the page back with a message that says the limit, and nothing is saved — not the database's
 * "value too long" as a 503.
 */
@ExtendWith(StackExtension.class)
class OverlongInputIT {

  private static final String PAGE = "/c/aomori/consultations/2";

  private final TestStack stack;

  OverlongInputIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void aHundredThousandCharactersGetTheLimitNotAnOutage() {
    PortalHttp mayor = PortalHttp.signedIn(stack, "aomori-mayor");
    String page = Rendered.page(mayor.get(PAGE), "agenda-form");
    String marker = "長すぎる議題" + System.nanoTime();
    String title = marker + "あ".repeat(100_000);

    HttpResponse<String> answer =
        mayor.postForm(
            PAGE,
            "agenda-form=agenda-form&agenda-form%3Aagenda-title="
                + URLEncoder.encode(title, StandardCharsets.UTF_8)
                + "&agenda-form%3Aadd-agenda=add&jakarta.faces.ViewState="
                + URLEncoder.encode(Rendered.viewState(page), StandardCharsets.UTF_8));

    String shown = Rendered.page(answer, "agenda-form");
    assertTrue(shown.contains("400文字以内"), "the message says the limit");
    assertTrue(shown.contains("100,"), "and how long it was");
    assertFalse(Rendered.page(mayor.get(PAGE), "agenda-form").contains(marker), "nothing saved");
  }

  @Test
  void aFormBeyondWhatTheContainerParsesGetsTheTooLargePage() {
    PortalHttp mayor = PortalHttp.signedIn(stack, "aomori-mayor");
    String page = Rendered.page(mayor.get(PAGE), "agenda-form");
    String marker = "大きすぎる送信" + System.nanoTime();
    String huge = URLEncoder.encode(marker + "あ".repeat(300_000), StandardCharsets.UTF_8);

    HttpResponse<String> answer =
        mayor.postForm(
            PAGE,
            "agenda-form=agenda-form&agenda-form%3Aagenda-title="
                + huge
                + "&agenda-form%3Aadd-agenda=add&jakarta.faces.ViewState="
                + URLEncoder.encode(Rendered.viewState(page), StandardCharsets.UTF_8));

    String shown = Rendered.error(answer, 413);
    assertTrue(shown.contains("送信された内容が大きすぎます"), "the portal's page, not a 500");
    assertFalse(Rendered.page(mayor.get(PAGE), "agenda-form").contains(marker), "nothing saved");
  }
}
