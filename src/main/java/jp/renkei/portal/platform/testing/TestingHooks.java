package jp.renkei.portal.platform.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import jp.renkei.portal.platform.jobs.ClusterJob;
import jp.renkei.portal.platform.jobs.JobScheduler;
import jp.renkei.portal.platform.time.JapanClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the browser tests need to see time pass without sleeping: move the portal's clock forward
 * and run a scheduled job at once. Off unless {@code RENKEI_TESTING_HOOKS=true} (the test stack
 * sets it; production never does), and then only from the machine itself; otherwise a 404 like any
 * unknown address.
 *
 * <pre>
 * POST /testing/clock?seconds=432000  moves Japan time five days on (0 puts it back)
 * POST /testing/jobs/reminders        runs the reminders now
 * </pre>
 */
@WebServlet(urlPatterns = "/testing/*")
public class TestingHooks extends HttpServlet {

  @Inject
  @ConfigProperty(name = "renkei.testing.hooks", defaultValue = "false")
  boolean enabled;

  @Inject JapanClock clock;
  @Inject JobScheduler scheduler;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!enabled || !InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (path.equals("/clock")) {
      try {
        clock.setOffset(Duration.ofSeconds(Long.parseLong(request.getParameter("seconds"))));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      } catch (NumberFormatException e) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      }
    } else if (path.startsWith("/jobs/")) {
      ClusterJob job = scheduler.job(path.substring("/jobs/".length())).orElse(null);
      if (job == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      scheduler.runNow(job);
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
