package jp.renkei.portal.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import jp.renkei.portal.app.OpenApiContract;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A developer generating a client from {@code GET /openapi} gets what the API really does: the
 * document the portal serves validates with swagger-parser, names the portal's own address, and
 * every path called with its documented examples answers as documented — status, media type and a
 * body that fits the schema (closed schemas: no field the document does not name); the documented
 * errors too.
 */
@ExtendWith(StackExtension.class)
class ApiContractIT {

  private final TestStack stack;

  ApiContractIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void theServedDocumentIsValidOpenApiForThisPortal() throws Exception {
    HttpResponse<String> served = PortalHttp.anonymous(stack).get("/openapi");
    assertEquals(200, served.statusCode(), served.body());
    assertTrue(
        served.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    OpenApiContract contract = OpenApiContract.of(served.body());
    assertEquals(List.of(), contract.problems());
    assertEquals(
        stack.portalUrl(), contract.document().path("servers").path(0).path("url").asText());
    assertTrue(contract.operations().size() >= 13, contract.operations().keySet().toString());

    String etag = served.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/openapi"))
                    .header("If-None-Match", etag)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(304, again.statusCode(), "a client that has it is told it is unchanged");
  }

  @Test
  void everyPathAnswersItsExampleAsDocumented() {
    PortalHttp anybody = PortalHttp.anonymous(stack);
    OpenApiContract contract = contract(anybody);
    int checked = 0;
    for (String path : contract.operations().keySet()) {
      String request = contract.exampleRequest(path);
      HttpResponse<String> answer = anybody.get(request);
      assertEquals(200, answer.statusCode(), request + ": " + answer.body());
      Map.Entry<String, JsonNode> content = contract.content(contract.response(path, "200"));
      String type = answer.headers().firstValue("Content-Type").orElse("");
      assertTrue(type.startsWith(content.getKey()), request + " answered " + type);
      if (content.getKey().equals("application/json")) {
        assertEquals(
            List.of(),
            contract.violations(content.getValue().get("schema"), answer.body()),
            request);
      } else {
        String documentedHeader =
            content.getValue().get("example").asText().lines().findFirst().orElseThrow();
        assertEquals(documentedHeader, answer.body().lines().findFirst().orElse(""), request);
      }
      checked++;
    }
    assertEquals(contract.operations().size(), checked);
  }

  @Test
  void theDocumentedErrorsAreAnsweredAsDocumented() {
    PortalHttp anybody = PortalHttp.anonymous(stack);
    OpenApiContract contract = contract(anybody);
    Map<String, String> errors =
        Map.of(
            "/api/v1/circles/no-such-circle", "404",
            "/api/v1/circles/no-such-circle/vision", "404",
            "/api/v1/circles/aomori/agreements/999999", "404",
            "/api/v1/circles/aomori/agreements/abc", "400",
            "/api/v1/circles/aomori/notices?page=abc", "400",
            "/api/v1/municipalities/12345/circles", "400",
            "/api/v1/search?q=a&year=next", "400");
    errors.forEach(
        (request, status) -> {
          HttpResponse<String> answer = anybody.get(request);
          assertEquals(Integer.parseInt(status), answer.statusCode(), request);
          String path = documentedPathOf(contract, request);
          Map.Entry<String, JsonNode> content = contract.content(contract.response(path, status));
          assertTrue(
              answer.headers().firstValue("Content-Type").orElse("").startsWith(content.getKey()),
              request);
          assertEquals(
              List.of(),
              contract.violations(content.getValue().get("schema"), answer.body()),
              request);
        });
  }

  private static OpenApiContract contract(PortalHttp client) {
    HttpResponse<String> served = client.get("/openapi");
    assertEquals(200, served.statusCode());
    return OpenApiContract.of(served.body());
  }

  /** The documented path a concrete request is an instance of. */
  private static String documentedPathOf(OpenApiContract contract, String request) {
    String bare = request.contains("?") ? request.substring(0, request.indexOf('?')) : request;
    return contract.operations().keySet().stream()
        .filter(p -> bare.matches(p.replaceAll("\\{[^}]+}", "[^/]+")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not documented: " + request));
  }
}
