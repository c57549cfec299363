package jp.renkei.portal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Every form the portal renders is sent once: its view state is a one-time submission token (Faces
 * writes a new one with each page it renders). A double click, a replay or twenty parallel copies
 * of the same submission do nothing more; each copy waits for the first to finish and is sent where
 * the first was sent (the page that shows its result). Only full-page posts of a signed-in session
 * are guarded — ajax updates reuse their page's state by design, a public page's form has no state
 * to key on, and a file upload is checked by its own size limit.
 */
public class OnceOnlySubmissionFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(OnceOnlySubmissionFilter.class.getName());
  static final String VIEW_STATE = "jakarta.faces.ViewState";
  private static final String SESSION_KEY = OnceOnlySubmissionFilter.class.getName();
  private static final long WAIT_SECONDS = 30;
  private static final Object[] LOCKS = new Object[64];

  static {
    for (int i = 0; i < LOCKS.length; i++) {
      LOCKS[i] = new Object();
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (!"POST".equals(request.getMethod())
        || session == null
        || isAjaxOrUpload(request)
        || request.getParameter(VIEW_STATE) == null
        || "stateless".equals(request.getParameter(VIEW_STATE))) {
      chain.doFilter(request, response);
      return;
    }
    String key = request.getParameter(VIEW_STATE) + "|" + request.getRequestURI();
    CompletableFuture<String> mine = new CompletableFuture<>();
    CompletableFuture<String> first = submissionsOf(session).claim(key, mine);
    if (first != null) {
      LOG.fine(
          () -> "Duplicate submission to " + request.getRequestURI() + " answered by the first");
      response.sendRedirect(outcomeOf(first, request));
      return;
    }
    RedirectCapture capture = new RedirectCapture(response);
    try {
      chain.doFilter(request, capture);
    } finally {
      mine.complete(capture.location);
    }
  }

  private static boolean isAjaxOrUpload(HttpServletRequest request) {
    String contentType = Objects.toString(request.getContentType(), "");
    return "partial/ajax".equals(request.getHeader("Faces-Request"))
        || contentType.startsWith("multipart/");
  }

  /** Where the first submission sent the person, once it finished; its page otherwise. */
  private static String outcomeOf(CompletableFuture<String> first, HttpServletRequest request) {
    String samePage = request.getRequestURI();
    try {
      String location = first.get(WAIT_SECONDS, TimeUnit.SECONDS);
      return location == null ? samePage : location;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return samePage;
    } catch (ExecutionException | TimeoutException e) {
      return samePage;
    }
  }

  private static Submissions submissionsOf(HttpSession session) {
    synchronized (LOCKS[Math.floorMod(session.getId().hashCode(), LOCKS.length)]) {
      Submissions submissions = (Submissions) session.getAttribute(SESSION_KEY);
      if (submissions == null) {
        submissions = new Submissions();
        session.setAttribute(SESSION_KEY, submissions);
      }
      return submissions;
    }
  }

  /**
   * The last submissions of a session and how each ended. What is in flight is not replicated: a
   * session taken over by another instance starts afresh, and the new instance renders new tokens.
   */
  static final class Submissions implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int REMEMBERED = 100;

    private transient Map<String, CompletableFuture<String>> recent;

    /** Claims the token: null for the first claim, else the first claim's outcome. */
    synchronized CompletableFuture<String> claim(String key, CompletableFuture<String> mine) {
      if (recent == null) {
        recent =
            new LinkedHashMap<>() {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<String>> e) {
                return size() > REMEMBERED;
              }
            };
      }
      return recent.putIfAbsent(key, mine);
    }
  }

  /** Notes where the request sent the person. */
  private static final class RedirectCapture extends HttpServletResponseWrapper {
    private volatile String location;

    RedirectCapture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendRedirect(String target) throws IOException {
      location = target;
      super.sendRedirect(target);
    }
  }
}
