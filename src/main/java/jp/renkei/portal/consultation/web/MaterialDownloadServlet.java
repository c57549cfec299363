package jp.renkei.portal.consultation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.renkei.portal.consultation.boundary.Consultations;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * {@code /c/{slug}/materials/{id}}: a consultation material, to those taking part only. Always an
 * attachment with its checked type and {@code nosniff}, so a browser never runs it as a page.
 */
@WebServlet("/exports/material")
public class MaterialDownloadServlet extends HttpServlet {

  @Inject TenantContext tenant;
  @Inject Consultations consultations;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!tenant.isActive()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Consultations.MaterialDownload download = consultations.material(tenant.getPathId());
    String name = download.material().fileName();
    response.setContentType(download.material().contentType());
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"material-"
            + download.material().id()
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(download.content().length);
    response.getOutputStream().write(download.content());
  }
}
