package jp.renkei.portal.agreement.rest;

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
import jp.renkei.portal.agreement.boundary.PublishedAgreements;
import jp.renkei.portal.platform.rest.ApiLanguage;
import jp.renkei.portal.platform.rest.JsonResponses;

/**
 * {@code /api/v1/circles/{slug}/agreements[/{id}]}: published agreements with their published
 * versions. Drafts are not there: an agreement that is only a draft is a 404, like one that does
 * not exist. The circle is entered by the API's tenancy gate ({@code CircleApiGate}).
 */
@Path("v1/circles/{slug}/agreements")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
public class AgreementsResource {

  @Inject PublishedAgreements agreements;

  @Context Request request;
  @Context HttpHeaders headers;

  @GET
  public Response agreements(@PathParam("slug") String slug) {
    return JsonResponses.publicData(
        request, agreements.ofCircle().stream().map(AgreementJson::of).toList());
  }

  @GET
  @Path("{id}")
  public Response agreement(@PathParam("slug") String slug, @PathParam("id") long id) {
    return agreements
        .find(id)
        .map(a -> JsonResponses.publicData(request, AgreementJson.of(a)))
        .orElseGet(
            () ->
                JsonResponses.error(
                    Response.Status.NOT_FOUND,
                    "agreement-not-found",
                    ApiLanguage.of(headers),
                    "api.agreement.not-found"));
  }
}
