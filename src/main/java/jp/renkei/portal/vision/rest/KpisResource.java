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
import jp.renkei.portal.platform.rest.ApiLanguage;
import jp.renkei.portal.platform.rest.JsonResponses;
import jp.renkei.portal.vision.boundary.VisionKpis;
import jp.renkei.portal.vision.boundary.Visions;

/**
 * {@code /api/v1/circles/{slug}/kpis}: the adopted vision's KPIs with their yearly actuals, as open
 * data ({@code kpis.csv} has the same figures as CSV). Public once the vision is adopted; before,
 * 404. The circle is entered by the API's tenancy gate ({@code CircleApiGate}).
 */
@Path("v1/circles/{slug}/kpis")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
public class KpisResource {

  @Inject Visions visions;
  @Inject VisionKpis kpis;

  @Context Request request;
  @Context HttpHeaders headers;

  @GET
  public Response kpis(@PathParam("slug") String slug) {
    return visions
        .adopted()
        .map(
            v ->
                JsonResponses.publicData(
                    request,
                    KpisJson.of(
                        slug,
                        v,
                        VisionJson.Reported.of(kpis.actuals(), kpis.publishedEvaluations()))))
        .orElseGet(() -> notAdopted(headers));
  }

  /** 404 as problem details: no adopted vision (yet). Every endpoint of the vision answers it. */
  static Response notAdopted(HttpHeaders headers) {
    return JsonResponses.error(
        Response.Status.NOT_FOUND,
        "vision-not-adopted",
        ApiLanguage.of(headers),
        "api.vision.not-adopted");
  }
}
