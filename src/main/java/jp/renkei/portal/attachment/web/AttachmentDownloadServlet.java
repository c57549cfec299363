package jp.renkei.portal.attachment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.renkei.portal.attachment.boundary.Attachments;
import jp.renkei.portal.platform.tenancy.CircleServlet;

/**
 * {@code /c/{slug}/attachments/{id}}: an attached file, for whoever may read the document it
 * belongs to (a 404 to anybody else), as an attachment with its checked type and {@code nosniff},
 * so a browser never runs it as a page. Reached only through the front controller.
 */
@WebServlet("/exports/attachment")
public class AttachmentDownloadServlet extends CircleServlet {

  @Inject Attachments attachments;

  @Override
  protected void respond(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Attachments.Download download = attachments.download(tenant.getPathId());
    response.setHeader("X-Content-Type-Options", "nosniff");
    sendPrivately(
        response,
        download.attachment().contentType(),
        "attachment; filename=\"attachment-"
            + download.attachment().id()
            + "."
            + download.attachment().fileType().extension()
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(download.attachment().fileName(), StandardCharsets.UTF_8)
                .replace("+", "%20"),
        download.content());
  }
}
