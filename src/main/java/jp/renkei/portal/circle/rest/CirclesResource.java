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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/circles}: the circles and their members, public data only. */
@Path("v1/circles")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
@Tag(name = "circles", description = "Regional cooperation circles (連携中枢都市圏)")
public class CirclesResource {

  @Inject CircleCatalog catalog;
  @Inject CurrentCircle circle;

  @Context Request request;

  @GET
  @Operation(summary = "All circles with their central city and partner municipalities")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = CircleJson[].class)))
  public Response circles() {
    return JsonResponses.publicData(request, catalog.all().stream().map(CircleJson::of).toList());
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One circle by its slug, e.g. aomori")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = CircleJson.class)))
  @APIResponse(responseCode = "404", description = "No circle has this slug (circle-not-found)")
  public Response circle(@PathParam("slug") String slug) {
    return JsonResponses.publicData(request, CircleJson.of(circle.profile()));
  }
}
