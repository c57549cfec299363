package jp.renkei.portal.vision.rest;

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
import java.util.List;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.rest.JsonResponses;
import jp.renkei.portal.vision.boundary.OutcomeMonitor;
import jp.renkei.portal.vision.boundary.PopulationActuals;
import jp.renkei.portal.vision.boundary.Visions;

/**
 * {@code /api/v1/circles/{slug}/population}: the adopted vision's population targets and the
 * imported actuals per municipality and year, as open data ({@code population.csv} has the same
 * figures as CSV). Public, as the population page is; empty lists before anything is imported. The
 * circle is entered by the API's tenancy gate ({@code CircleApiGate}).
 */
@Path("v1/circles/{slug}/population")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
public class PopulationResource {

  @Inject PopulationActuals population;
  @Inject Visions visions;
  @Inject CurrentCircle currentCircle;
  @Inject OutcomeMonitor outcomes;

  @Context Request request;

  @GET
  public Response population(@PathParam("slug") String slug) {
    return JsonResponses.publicData(
        request,
        PopulationJson.of(
            slug,
            visions.adopted().map(v -> v.targets()).orElse(List.of()),
            population.actuals(),
            currentCircle.profile(),
            outcomes.comparisonGroup()));
  }
}
