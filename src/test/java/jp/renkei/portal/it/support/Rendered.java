package jp.renkei.portal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/**
 * Checks that a response is the page it should be before a test looks for what is absent from it:
 * "does not contain X" on an error page proves nothing.
 *
 * <pre>{@code
 * String list = Rendered.page(publicVisitor.get("/c/aomori/agreements"), "agreement-list");
 * assertFalse(list.contains("蓬田村"));
 * }</pre>
 */
public final class Rendered {

  private static final java.util.regex.Pattern VIEW_STATE =
      java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private Rendered() {}

  /** A portal page answered 200 and shows the element with this id; returns its HTML. */
  public static String page(HttpResponse<String> response, String elementId) {
    String where = response.uri().toString();
    assertEquals(200, response.statusCode(), where);
    String body = response.body();
    assertFalse(body.contains("id=\"error-title\""), where + " is an error page");
    assertTrue(body.contains("id=\"" + elementId + "\""), where + " lacks #" + elementId);
    return body;
  }

  /** The portal's error page with this status (403, 404…); returns its HTML. */
  public static String error(HttpResponse<String> response, int status) {
    String where = response.uri().toString();
    assertEquals(status, response.statusCode(), where);
    assertTrue(
        response.body().contains("data-status=\"" + status + "\""),
        where + " is not the portal's " + status + " page");
    return response.body();
  }

  /**
   * A JSON answer of the API with this status — an error as problem details (RFC 9457) that repeat
   * the status; returns its body.
   */
  public static String json(HttpResponse<String> response, int status) {
    String where = response.uri().toString();
    assertEquals(status, response.statusCode(), where);
    String type = status >= 400 ? "application/problem+json" : "application/json";
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith(type),
        where + " did not answer " + type + ": " + response.headers().firstValue("Content-Type"));
    if (status >= 400) {
      assertTrue(response.body().contains("\"status\":" + status), response.body());
    }
    return response.body();
  }

  /**
   * The view state of the (first) form of a rendered page, as a browser would send it back: for
   * tests that post a form over plain HTTP.
   */
  public static String viewState(String page) {
    java.util.regex.Matcher matcher = VIEW_STATE.matcher(page);
    assertTrue(matcher.find(), "the page carries a view state");
    return matcher.group(1).replace("&#58;", ":").replace("&#x3a;", ":");
  }

  /** A PDF answered with 200; returns its text as a reader would copy it. */
  public static String pdfText(java.net.http.HttpResponse<byte[]> response) {
    String where = response.uri().toString();
    assertEquals(200, response.statusCode(), where);
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
        where + " is not a PDF");
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(response.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    } catch (java.io.IOException e) {
      throw new AssertionError(where + " is not a readable PDF", e);
    }
  }
}
