package jp.renkei.portal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import jp.renkei.portal.platform.tenancy.CircleSpaceServlet;

/**
 * A form with a file larger than the container parses at all gets the portal's "too large" page
 * (413) instead of the container's multipart failure, which surfaced as an unexplained 500; so does
 * a form of text beyond the container's limit for form posts (2 MB: a hundred thousand characters
 * in every field), which the container refused with a stack trace in the log and a 500 — every
 * field's own limit is far below it and is explained on the form itself. The browser states the
 * size up front, so the body is never parsed or kept; it is read and discarded, because a browser
 * that is still sending when the answer comes shows a broken connection instead of the page (up to
 * a bound, past which the connection may as well break). Files under this transport limit but over
 * a context's own rule (materials: 10 MB) get that context's message on the form itself.
 */
public class UploadSizeFilter extends HttpFilter {

  /**
   * The largest form post of text (urlencoded): Grizzly's default {@code max-post-size}, past which
   * it refuses to parse the parameters at all.
   */
  static final long MAX_FORM_BYTES = 2L * 1024 * 1024;

  /** How much of an oversized body is read away before answering anyway. */
  static final long MAX_DISCARDED_BYTES = 4 * CircleSpaceServlet.MAX_REQUEST_BYTES;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isMultipart(request)
            && request.getContentLengthLong() > CircleSpaceServlet.MAX_REQUEST_BYTES
        || isFormPost(request) && request.getContentLengthLong() > MAX_FORM_BYTES) {
      discardBody(request);
      // Not sendError: the error page is a Faces view, and Faces would ask the original request
      // for its parameters — parsing the oversized body after all. It gets a bodiless GET.
      request.setAttribute(
          RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      request
          .getRequestDispatcher(ErrorPageServlet.PATH)
          .forward(new BodilessGet(request), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void discardBody(HttpServletRequest request) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long discarded = 0;
    try (var body = request.getInputStream()) {
      for (int n; discarded < MAX_DISCARDED_BYTES && (n = body.read(buffer)) != -1; ) {
        discarded += n;
      }
    }
  }

  private static boolean isFormPost(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }
}
