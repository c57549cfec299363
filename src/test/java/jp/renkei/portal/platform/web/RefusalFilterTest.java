package jp.renkei.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the integration tests cannot reach: a refusal after part of the page went out (every view
 * the denial harness attacks refuses while it is built, before any output).
 */
class RefusalFilterTest {

  private final Logger log = Logger.getLogger(RefusalFilter.class.getName());
  private final List<LogRecord> logged = new ArrayList<>();
  private final Handler recorder =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    log.addHandler(recorder);
  }

  @AfterEach
  void stopListening() {
    log.removeHandler(recorder);
  }

  @Test
  void aRefusalAfterThePageBeganIsLoggedInOneLineAndNothingMoreIsWritten() throws Exception {
    Map<String, Object> attributes = new HashMap<>();
    FilterChain refusing =
        (request, response) -> {
          throw new ServletException(new NotFoundException("agreement 5 of aomori"));
        };

    new RefusalFilter()
        .doFilter(request("/c/aomori/agreements/5", attributes), committedResponse(), refusing);

    assertEquals(1, logged.size(), logged.toString());
    String line = logged.get(0).getMessage();
    assertTrue(line.contains("/c/aomori/agreements/5"), line);
    assertTrue(line.contains("agreement 5 of aomori"), line);
    assertNull(logged.get(0).getThrown(), "no stack trace");
  }

  @Test
  void anyOtherFailureGoesOnToTheContainer() {
    ServletException broken = new ServletException(new IllegalStateException("a bug"));
    FilterChain failing =
        (request, response) -> {
          throw broken;
        };

    ServletException thrown =
        assertThrows(
            ServletException.class,
            () ->
                new RefusalFilter()
                    .doFilter(
                        request("/c/aomori/", new HashMap<>()), committedResponse(), failing));
    assertSame(broken, thrown);
    assertTrue(logged.isEmpty(), logged.toString());
  }

  private static HttpServletRequest request(String uri, Map<String, Object> attributes) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            RefusalFilterTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "getRequestURI" -> uri;
                  default -> fail("the filter asked the request for " + method.getName());
                });
  }

  /** A response whose first bytes went out: anything but asking so is a test failure. */
  private static HttpServletResponse committedResponse() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            RefusalFilterTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isCommitted" -> true;
                  default -> fail("the filter wrote to a committed response: " + method.getName());
                });
  }
}
