package jp.renkei.portal.notice.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.boundary.NoticePage;
import jp.renkei.portal.platform.rest.JsonResponses;

/**
 * {@code /api/v1/circles/{slug}/notices?page=1}: a circle's public notices, newest first. The
 * circle is entered by the API's tenancy gate ({@code CircleApiGate}).
 */
@Path("v1/circles/{slug}/notices")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
public class NoticesResource {

  @Inject NoticeBoard board;

  @Context Request request;

  /** One page of notices. */
  public record NoticesJson(int page, int pageCount, List<NoticeJson> notices) {}

  @GET
  public Response notices(
      @PathParam("slug") String slug, @QueryParam("page") @DefaultValue("1") int page) {
    NoticePage p = board.page(page);
    return JsonResponses.publicData(
        request,
        new NoticesJson(
            p.page(), p.pageCount(), p.notices().stream().map(NoticeJson::of).toList()));
  }
}
