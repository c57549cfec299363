package jp.renkei.portal.vision.rest;

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
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.rest.JsonResponses;
import jp.renkei.portal.platform.text.SpreadsheetCells;
import jp.renkei.portal.vision.boundary.OutcomeMonitor;
import jp.renkei.portal.vision.boundary.PopulationActuals;

/**
 * {@code /api/v1/circles/{slug}/population.csv}: the imported population actuals of {@code
 * /population}, one row per municipality and year, fixed ASCII column names; UTF-8 without a byte
 * order mark, or with one ({@code ?bom=true}) for Excel. Text cells are neutralised against
 * formulas.
 */
@Path("v1/circles/{slug}/population.csv")
@Produces("text/csv")
@RequestScoped
@PermitAll
public class PopulationCsvResource {

  static final List<String> COLUMNS =
      List.of(
          "municipality_code",
          "municipality_name",
          "in_circle",
          "year",
          "population",
          "aged_65_and_over",
          "ageing_rate");

  private static final MediaType CSV = new MediaType("text", "csv", "UTF-8");

  @Inject PopulationActuals population;
  @Inject CurrentCircle currentCircle;
  @Inject OutcomeMonitor outcomes;

  @Context Request request;

  @GET
  public Response csv(
      @PathParam("slug") String slug, @QueryParam("bom") @DefaultValue("false") boolean bom) {
    String document =
        SpreadsheetCells.document(
            COLUMNS,
            bom,
            csv -> {
              for (PopulationJson.ActualJson a :
                  PopulationJson.actualsOf(
                      population.actuals(), currentCircle.profile(), outcomes.comparisonGroup())) {
                SpreadsheetCells.printRecord(
                    csv,
                    a.municipalityCode(),
                    a.municipalityName(),
                    a.inCircle(),
                    a.year(),
                    a.population(),
                    a.aged65AndOver(),
                    a.ageingRate().toPlainString());
              }
            });
    return JsonResponses.publicFile(
        request, document.getBytes(StandardCharsets.UTF_8), CSV, slug + "-population.csv");
  }
}
