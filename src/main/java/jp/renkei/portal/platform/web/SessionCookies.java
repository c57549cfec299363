package jp.renkei.portal.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is {@code Secure} when the portal is reached over https ({@code
 * RENKEI_PORTAL_URL}, production behind its load balancer), so that it never travels in the clear;
 * on the developers' plain-http loopback it could not be sent back at all. {@code HttpOnly} comes
 * from {@code web.xml}, {@code SameSite=Lax} from the HTTP listener's settings.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String url =
        ConfigProvider.getConfig()
            .getOptionalValue("renkei.portal.url", String.class)
            .orElse("http://127.0.0.1:8080");
    event
        .getServletContext()
        .getSessionCookieConfig()
        .setSecure(url.toLowerCase(Locale.ROOT).startsWith("https:"));
  }
}
