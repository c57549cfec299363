package jp.renkei.portal.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import jp.renkei.portal.platform.i18n.Messages;

/**
 * Builds the API's responses: public data is cacheable for a minute and carries an ETag, so a
 * client or proxy that has it gets a 304; errors are problem details (RFC 9457) with a title in the
 * caller's language.
 *
 * <pre>{@code
 * return JsonResponses.publicData(request, CircleJson.of(circle));
 * }</pre>
 */
public final class JsonResponses {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(false));
  private static final int PUBLIC_MAX_AGE_SECONDS = 60;
  private static final MediaType PROBLEM_JSON =
      new MediaType("application", "problem+json", "UTF-8");

  private JsonResponses() {}

  public static Response publicData(Request request, Object body) {
    return publicFile(
        request,
        JSONB.toJson(body).getBytes(StandardCharsets.UTF_8),
        MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"),
        null);
  }

  /**
   * Public data in another format (a CSV, say), cacheable like the JSON; offered for download as
   * {@code filename} when one is given.
   */
  public static Response publicFile(Request request, byte[] body, MediaType type, String filename) {
    EntityTag tag = new EntityTag(sha256(body));
    CacheControl cache = new CacheControl();
    cache.setMaxAge(PUBLIC_MAX_AGE_SECONDS);
    cache.setNoTransform(false);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.cacheControl(cache).build();
    }
    Response.ResponseBuilder ok = Response.ok(body, type).tag(tag).cacheControl(cache);
    if (filename != null) {
      ok.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
    return ok.build();
  }

  /** An error as problem details (RFC 9457), its title in the caller's language. */
  public static Response error(
      Response.Status status, String code, Locale locale, String messageKey, Object... args) {
    return problem(status.getStatusCode(), code, Messages.text(locale, messageKey, args));
  }

  static Response problem(int status, String code, String title) {
    byte[] json = JSONB.toJson(ApiError.of(status, code, title)).getBytes(StandardCharsets.UTF_8);
    return Response.status(status)
        .type(PROBLEM_JSON)
        .header("Cache-Control", "no-store")
        .entity(json)
        .build();
  }

  /** A short SHA-256 fingerprint of a body, for its ETag. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
