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
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.platform.rest.ApiLanguage;
import jp.renkei.portal.platform.rest.JsonResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/circles/{slug}/agreements[/{id}]}: published agreements with their published
 * versions. Drafts are not there: an agreement that is only a draft is a 404, like one that does
 * not exist.
 */
@Path("v1/circles/{slug}/agreements")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
@Tag(name = "agreements", description = "Published cooperation agreements (連携協約)")
public class AgreementsResource {

  @Inject CircleCatalog circles;
  @Inject PublishedAgreements agreements;

  @Context Request request;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The circle's published agreements with their published versions")
  public Response agreements(@PathParam("slug") String slug) {
    return circles
        .bySlug(slug)
        .map(
            c ->
                JsonResponses.publicData(
                    request, agreements.ofCircle(c.id()).stream().map(AgreementJson::of).toList()))
        .orElseGet(this::circleNotFound);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One published agreement with its published versions")
  public Response agreement(@PathParam("slug") String slug, @PathParam("id") long id) {
    CircleProfile circle = circles.bySlug(slug).orElse(null);
    if (circle == null) {
      return circleNotFound();
    }
    return agreements
        .find(circle.id(), id)
        .map(a -> JsonResponses.publicData(request, AgreementJson.of(a)))
        .orElseGet(
            () ->
                JsonResponses.error(
                    Response.Status.NOT_FOUND,
                    "agreement-not-found",
                    ApiLanguage.of(headers),
                    "api.agreement.not-found"));
  }

  private Response circleNotFound() {
    return JsonResponses.error(
        Response.Status.NOT_FOUND,
        "circle-not-found",
        ApiLanguage.of(headers),
        "api.circle.not-found");
  }
}
