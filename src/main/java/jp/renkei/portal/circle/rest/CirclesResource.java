package jp.renkei.portal.circle.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.rest.JsonResponses;

/** {@code /api/v1/circles}: the circles and their members, public data only. */
@Path("v1/circles")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
public class CirclesResource {

  @Inject CircleCatalog catalog;
  @Inject CurrentCircle circle;

  @Context Request request;

  @GET
  public Response circles() {
    return JsonResponses.publicData(request, catalog.all().stream().map(CircleJson::of).toList());
  }

  @GET
  @Path("{slug}")
  public Response circle(@PathParam("slug") String slug) {
    return JsonResponses.publicData(request, CircleJson.of(circle.profile()));
  }
}
