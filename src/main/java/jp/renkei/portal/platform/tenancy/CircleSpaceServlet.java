package jp.renkei.portal.platform.tenancy;

import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Owns the address space {@code /c/*} so that forms with files can be posted to a circle's pretty
 * URLs: the servlet container parses a multipart request by the configuration of the servlet the
 * address was mapped to, before the {@link FrontController} forwards it to the page. The front
 * controller answers every {@code /c/} request itself, so this servlet never runs; if it ever did,
 * it would say 404.
 *
 * <p>The limits here are the transport's: the materials' own limit (10 MB) is checked, with a
 * message, by the consultation context.
 */
@WebServlet("/c/*")
@MultipartConfig(
    fileSizeThreshold = 1024 * 1024,
    maxFileSize = CircleSpaceServlet.MAX_FILE_BYTES,
    maxRequestSize = CircleSpaceServlet.MAX_REQUEST_BYTES)
public class CircleSpaceServlet extends HttpServlet {

  /** The largest file the container parses; the same in {@code web.xml} for the Faces servlet. */
  public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

  /** The largest multipart request; beyond it {@code UploadSizeFilter} answers 413. */
  public static final long MAX_REQUEST_BYTES = 33L * 1024 * 1024;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
