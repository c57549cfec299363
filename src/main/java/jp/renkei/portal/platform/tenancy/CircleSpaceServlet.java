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
    maxFileSize = 32L * 1024 * 1024,
    maxRequestSize = 33L * 1024 * 1024)
public class CircleSpaceServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
