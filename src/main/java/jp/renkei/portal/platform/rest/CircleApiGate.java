package jp.renkei.portal.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jp.renkei.portal.platform.tenancy.TenantGate;

/**
 * The tenancy gate of the JSON API: every resource under {@code /api/v1/circles/{slug}/…} runs
 * inside that circle, entered here through the same {@link TenantGate} as the pages, or gets the
 * API's one "circle-not-found" answer. Resources read the circle from the tenant context.
 */
@Provider
public class CircleApiGate implements ContainerRequestFilter {

  static final String SLUG = "slug";

  @Inject TenantGate gate;

  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public void filter(ContainerRequestContext request) {
    String slug = uri.getPathParameters().getFirst(SLUG);
    if (slug != null && gate.enter(slug, null).isEmpty()) {
      request.abortWith(
          JsonResponses.error(
              Response.Status.NOT_FOUND,
              "circle-not-found",
              ApiLanguage.of(headers),
              "api.circle.not-found"));
    }
  }
}
