package jp.renkei.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.portal.it.support.AtOnce;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Twenty identical submissions of one rendered form at once — a double click, a flaky connection
 * resending, a script — have one effect: one agenda item, and every copy is sent where the first
 * went. A replay of the same form later changes nothing either.
 */
@ExtendWith(StackExtension.class)
class DoubleSubmissionIT {

  private static final String PAGE = "/c/aomori/consultations/2";
  private static final int PARALLEL = 20;

  private final TestStack stack;

  DoubleSubmissionIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void twentyIdenticalSubmissionsAtOnceAddOneAgendaItem() {
    PortalHttp mayor = PortalHttp.signedIn(stack, "aomori-mayor");
    String page = Rendered.page(mayor.get(PAGE), "agenda-form");
    String title = "二重送信の確認 " + System.nanoTime();
    String form =
        "agenda-form=agenda-form"
            + "&agenda-form%3Aagenda-title="
            + URLEncoder.encode(title, StandardCharsets.UTF_8)
            + "&agenda-form%3Aadd-agenda=add"
            + "&jakarta.faces.ViewState="
            + URLEncoder.encode(Rendered.viewState(page), StandardCharsets.UTF_8);
    List<String> locations = new ArrayList<>();
    for (HttpResponse<String> answer : AtOnce.send(PARALLEL, () -> mayor.postForm(PAGE, form))) {
      assertTrue(
          answer.statusCode() == 302 || answer.statusCode() == 303,
          "each copy is sent on: " + answer.statusCode());
      locations.add(answer.headers().firstValue("Location").orElse(""));
    }
    assertEquals(1, locations.stream().distinct().count(), "all go where the first went");
    String after = Rendered.page(mayor.get(PAGE), "agenda-form");
    assertEquals(1, occurrences(after, title), "one agenda item");

    HttpResponse<String> replay = mayor.postForm(PAGE, form);
    assertTrue(replay.statusCode() == 302 || replay.statusCode() == 303, "" + replay.statusCode());
    assertEquals(1, occurrences(Rendered.page(mayor.get(PAGE), "agenda-form"), title));
  }

  /** How many agenda items carry this title. */
  private static int occurrences(String body, String text) {
    String item = "<li class=\"agenda-item\">" + text + " ";
    int count = 0;
    for (int at = body.indexOf(item); at >= 0; at = body.indexOf(item, at + 1)) {
      count++;
    }
    return count;
  }
}
