package jp.renkei.portal.app;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import jp.renkei.portal.platform.address.PortalUrl;
import jp.renkei.portal.platform.rest.JsonResponses;

/**
 * {@code GET /openapi}: the OpenAPI 3.0 description of the public API ({@link ApiApplication}),
 * written and kept with the resources ({@code openapi.json} beside this class) rather than
 * generated: Payara's generator writes a document standard validators reject (responses without a
 * description, a non-standard top-level {@code endpoints}, every schema an untyped object). Its
 * {@code servers} entry is the portal's own address ({@code RENKEI_PORTAL_URL}). Served as JSON,
 * which YAML readers read as well; cacheable, with an ETag.
 *
 * <p>Payara's own {@code /openapi} endpoint is moved aside and switched off at boot (see the
 * launcher's pre-boot commands), so that this one answers.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

  static final String DOCUMENT = "openapi.json";

  private static final int MAX_AGE_SECONDS = 300;

  @Inject PortalUrl portalUrl;

  private byte[] body;
  private String etag;

  @Override
  public void init() {
    body = document(portalUrl.absolute(""));
    etag = "\"" + JsonResponses.sha256(body) + "\"";
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
    response.setHeader("ETag", etag);
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The kept document with {@code servers} set to the portal at {@code portalUrl}. */
  static byte[] document(String portalUrl) {
    JsonObject kept;
    try (InputStream in = OpenApiServlet.class.getResourceAsStream(DOCUMENT);
        JsonReader reader = Json.createReader(in)) {
      kept = reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonObject served =
        Json.createObjectBuilder(kept)
            .add(
                "servers",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("url", portalUrl)
                            .add("description", "Renkei Portal")))
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonWriter writer = Json.createWriter(out)) {
      writer.writeObject(served);
    }
    return out.toByteArray();
  }
}
