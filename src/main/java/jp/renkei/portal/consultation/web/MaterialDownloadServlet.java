package jp.renkei.portal.consultation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.renkei.portal.consultation.boundary.Consultations;
import jp.renkei.portal.platform.tenancy.CircleServlet;

/**
 * {@code /c/{slug}/materials/{id}}: a consultation material, to those taking part only. Always an
 * attachment with its checked type and {@code nosniff}, so a browser never runs it as a page.
 */
@WebServlet("/exports/material")
public class MaterialDownloadServlet extends CircleServlet {

  @Inject Consultations consultations;

  @Override
  protected void respond(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Consultations.MaterialDownload download = consultations.material(tenant.getPathId());
    String name = download.material().fileName();
    response.setHeader("X-Content-Type-Options", "nosniff");
    sendPrivately(
        response,
        download.material().contentType(),
        "attachment; filename=\"material-"
            + download.material().id()
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"),
        download.content());
  }
}
