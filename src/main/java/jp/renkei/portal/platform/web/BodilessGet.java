package jp.renkei.portal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * A request as a plain GET without a body or parameters, for rendering the error page for a POST
 * the portal refuses before reading it: the error page is a Faces view, and Faces would otherwise
 * take the refused form for a postback (or parse its body after all).
 */
final class BodilessGet extends HttpServletRequestWrapper {

  BodilessGet(HttpServletRequest request) {
    super(request);
  }

  @Override
  public String getMethod() {
    return "GET";
  }

  @Override
  public String getContentType() {
    return null;
  }

  @Override
  public long getContentLengthLong() {
    return 0;
  }

  @Override
  public int getContentLength() {
    return 0;
  }

  @Override
  public String getParameter(String name) {
    return null;
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return Map.of();
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.emptyEnumeration();
  }

  @Override
  public String[] getParameterValues(String name) {
    return null;
  }
}
