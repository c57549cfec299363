package jp.renkei.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API answers every error as problem details (RFC 9457), never with the portal's HTML page: a
 * parameter that is not a number is a 400, an unknown path or circle a 404, each with a title in
 * the caller's language.
 */
@ExtendWith(StackExtension.class)
class ApiErrorsIT {

  private final TestStack stack;

  ApiErrorsIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void aPageThatIsNotANumberIsABadRequestInJson() {
    PortalHttp anybody = PortalHttp.anonymous(stack);

    for (String page : new String[] {"abc", "99999999999", "1.5"}) {
      String problem =
          Rendered.json(anybody.get("/api/v1/circles/aomori/notices?page=" + page), 400);
      assertTrue(problem.contains("\"error\":\"bad-request\""), problem);
      assertTrue(problem.contains("urn:renkei-portal:problem:bad-request"), problem);
      assertFalse(problem.contains("<html"), problem);
    }
    Rendered.json(anybody.get("/api/v1/search?q=a&page=abc"), 400);
    Rendered.json(anybody.get("/api/v1/search?q=a&year=next"), 400);
    // The same resource with a good page still answers.
    Rendered.json(anybody.get("/api/v1/circles/aomori/notices?page=1"), 200);
  }

  @Test
  void unknownPathsAndCirclesAreNotFoundInJson() {
    PortalHttp anybody = PortalHttp.anonymous(stack);

    String path = Rendered.json(anybody.get("/api/v1/no-such-thing"), 404);
    assertTrue(path.contains("\"error\":\"not-found\""), path);
    String circle = Rendered.json(anybody.get("/api/v1/circles/nowhere/notices"), 404);
    assertTrue(circle.contains("\"error\":\"circle-not-found\""), circle);
    assertTrue(circle.contains("圏域"), "Japanese by default: " + circle);
  }

  @Test
  void theTitleFollowsTheCallersLanguage() throws Exception {
    HttpResponse<String> english =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(stack.portalUrl() + "/api/v1/circles/aomori/notices?page=x"))
                    .header("Accept-Language", "en")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    String problem = Rendered.json(english, 400);
    assertTrue(problem.contains("must be a number"), problem);
  }
}
