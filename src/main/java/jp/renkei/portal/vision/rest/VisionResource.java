package jp.renkei.portal.vision.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jp.renkei.portal.platform.rest.JsonResponses;
import jp.renkei.portal.vision.boundary.VisionKpis;
import jp.renkei.portal.vision.boundary.Visions;

/**
 * {@code /api/v1/circles/{slug}/vision}: the adopted vision with its KPIs and their actuals. Drafts
 * are never here: a circle without an adopted vision answers 404. The circle is entered by the
 * API's tenancy gate ({@code CircleApiGate}).
 */
@Path("v1/circles/{slug}/vision")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
public class VisionResource {

  @Inject Visions visions;
  @Inject VisionKpis kpis;

  @Context Request request;
  @Context HttpHeaders headers;

  @GET
  public Response vision(@PathParam("slug") String slug) {
    return visions
        .adopted()
        .map(
            v ->
                JsonResponses.publicData(
                    request,
                    VisionJson.of(
                        slug,
                        v,
                        VisionJson.Reported.of(kpis.actuals(), kpis.publishedEvaluations()))))
        .orElseGet(() -> KpisResource.notAdopted(headers));
  }
}
