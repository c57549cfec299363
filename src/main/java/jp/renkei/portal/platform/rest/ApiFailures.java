package jp.renkei.portal.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.renkei.portal.platform.Causes;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.security.DenialLog;
import jp.renkei.portal.platform.web.FailureKind;

/**
 * Every failure of the API answered as problem details (RFC 9457), never as the portal's HTML error
 * page: a parameter that is not a number ({@code ?page=abc}, {@code ?page=99999999999}) is the
 * caller's mistake, 400, not the 404 JAX-RS makes of it; an unknown path 404; the database away
 * 503; anything unexpected 500, logged with its stack trace for the operators.
 *
 * <pre>{@code
 * classes.add(ApiFailures.Http.class);
 * classes.add(ApiFailures.Unexpected.class);
 * }</pre>
 */
public final class ApiFailures {

  private static final Logger LOG = Logger.getLogger(ApiFailures.class.getName());

  private ApiFailures() {}

  /** What JAX-RS itself refuses: unknown paths, wrong methods, parameters it cannot convert. */
  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {

    @Context HttpHeaders headers;
    @Context UriInfo uri;
    @Context SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException exception) {
      if (exception.getResponse() != null
          && exception.getResponse().hasEntity()
          && exception.getResponse().getMediaType() != null
          && exception.getResponse().getMediaType().getSubtype().endsWith("json")) {
        return exception.getResponse();
      }
      int status = isBadParameter(exception) ? 400 : exception.getResponse().getStatus();
      return problemFor(status, ApiLanguage.of(headers), uri, security);
    }

    /** JAX-RS answers a query parameter it cannot convert with 404; it is a bad request. */
    private static boolean isBadParameter(WebApplicationException exception) {
      if (exception.getClass().getSimpleName().contains("ParamException")) {
        return true;
      }
      return Causes.find(exception, IllegalArgumentException.class).isPresent();
    }
  }

  /** Everything else a resource throws: the portal's own failures, the database, the unexpected. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {

    @Context HttpHeaders headers;
    @Context UriInfo uri;
    @Context SecurityContext security;

    @Override
    public Response toResponse(RuntimeException exception) {
      FailureKind kind = FailureKind.of(exception);
      if (kind.status() >= 500) {
        LOG.log(Level.SEVERE, "API request failed", exception);
      }
      return problemFor(kind.status(), ApiLanguage.of(headers), uri, security);
    }
  }

  static Response problemFor(int status, Locale locale, UriInfo uri, SecurityContext security) {
    if (status == 403) {
      String path = "/api/" + uri.getPath();
      DenialLog.denied(
          security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName(),
          uri.getPathParameters().getFirst("slug"),
          path,
          "role");
    }
    String code =
        switch (status) {
          case 400 -> "bad-request";
          case 401 -> "unauthorized";
          case 403 -> "forbidden";
          case 404 -> "not-found";
          case 405 -> "method-not-allowed";
          case 406 -> "not-acceptable";
          case 409 -> "conflict";
          case 415 -> "unsupported-media-type";
          case 503 -> "unavailable";
          default -> status >= 500 ? "server-error" : "client-error";
        };
    return JsonResponses.problem(status, code, Messages.text(locale, "api.problem." + code));
  }
}
