package jp.renkei.portal.circle.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.platform.localgov.InvalidMunicipalityCodeException;
import jp.renkei.portal.platform.localgov.MunicipalityCode;
import jp.renkei.portal.platform.rest.ApiLanguage;
import jp.renkei.portal.platform.rest.JsonResponses;

/** {@code /api/v1/municipalities/{code}/circles}: which circles a municipality belongs to. */
@Path("v1/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
public class MunicipalitiesResource {

  @Inject CircleCatalog catalog;

  @Context Request request;
  @Context HttpHeaders headers;

  /** A municipality found by name, reading or code, with its circles. */
  public record MunicipalityJson(
      String code,
      String nameJa,
      String nameEn,
      String kana,
      int prefecture,
      List<CircleJson> circles) {}

  @GET
  public Response lookUp(@QueryParam("q") String q) {
    String typed = q == null ? "" : q.length() > 50 ? q.substring(0, 50) : q;
    return JsonResponses.publicData(
        request,
        catalog.lookUp(typed).stream()
            .map(
                m ->
                    new MunicipalityJson(
                        m.municipality().code(),
                        m.municipality().name().japanese(),
                        m.municipality().name().english(),
                        m.municipality().kana(),
                        m.municipality().prefecture().code(),
                        m.circles().stream().map(CircleJson::of).toList()))
            .toList());
  }

  @GET
  @Path("{code}/circles")
  public Response circlesOf(@PathParam("code") String code) {
    try {
      MunicipalityCode valid = MunicipalityCode.of(code);
      return JsonResponses.publicData(
          request, catalog.containing(valid).stream().map(CircleJson::of).toList());
    } catch (InvalidMunicipalityCodeException e) {
      return JsonResponses.error(
          Response.Status.BAD_REQUEST,
          "invalid-municipality-code",
          ApiLanguage.of(headers),
          InvalidMunicipalityCodeException.MESSAGE_KEY,
          e.rejectedValue());
    }
  }
}
