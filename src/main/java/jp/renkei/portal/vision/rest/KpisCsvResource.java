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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.rest.JsonResponses;
import jp.renkei.portal.platform.text.SpreadsheetCells;
import jp.renkei.portal.vision.boundary.VisionKpis;
import jp.renkei.portal.vision.boundary.Visions;
import jp.renkei.portal.vision.entity.Kpi;
import jp.renkei.portal.vision.entity.VisionVersion;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code /api/v1/circles/{slug}/kpis.csv}: the figures of {@code /kpis} as CSV, one row per KPI and
 * fiscal year with an actual and that year's published evaluation (a KPI without any actual has one
 * row with the year empty). Column names are fixed ASCII, for tools; names are in Japanese, as the
 * vision states them. UTF-8 without a byte order mark, or with one ({@code ?bom=true}) for Excel,
 * which otherwise reads it as Shift_JIS. Text cells are neutralised against formulas.
 */
@Path("v1/circles/{slug}/kpis.csv")
@Produces("text/csv")
@RequestScoped
@PermitAll
public class KpisCsvResource {

  static final List<String> COLUMNS =
      List.of(
          "kpi_key",
          "field",
          "field_name",
          "name",
          "unit",
          "baseline",
          "baseline_fiscal_year",
          "target",
          "target_fiscal_year",
          "responsible_code",
          "responsible_name",
          "fiscal_year",
          "actual",
          "evaluation",
          "evaluation_factors",
          "evaluation_response");

  private static final MediaType CSV = new MediaType("text", "csv", "UTF-8");

  @Inject Visions visions;
  @Inject VisionKpis kpis;
  @Inject CurrentCircle currentCircle;

  @Context Request request;
  @Context HttpHeaders headers;

  @GET
  public Response csv(
      @PathParam("slug") String slug, @QueryParam("bom") @DefaultValue("false") boolean bom) {
    return visions
        .adopted()
        .map(
            v ->
                JsonResponses.publicFile(
                    request, csv(v, bom).getBytes(StandardCharsets.UTF_8), CSV, slug + "-kpis.csv"))
        .orElseGet(() -> KpisResource.notAdopted(headers));
  }

  private String csv(VisionVersion vision, boolean bom) {
    VisionJson.Reported reported =
        VisionJson.Reported.of(kpis.actuals(), kpis.publishedEvaluations());
    return SpreadsheetCells.document(
        COLUMNS,
        bom,
        csv -> {
          for (Kpi k : vision.kpis()) {
            List<VisionJson.ActualJson> actuals = reported.actualsOf(k);
            if (actuals.isEmpty()) {
              row(csv, k, "", "", null);
            }
            for (VisionJson.ActualJson a : actuals) {
              VisionJson.EvaluationJson evaluation =
                  reported.evaluationsOf(k).stream()
                      .filter(e -> e.fiscalYear() == a.fiscalYear())
                      .findFirst()
                      .orElse(null);
              row(csv, k, a.fiscalYear(), plain(a.value()), evaluation);
            }
          }
        });
  }

  private void row(
      CSVPrinter csv, Kpi k, Object fiscalYear, Object actual, VisionJson.EvaluationJson evaluation)
      throws IOException {
    SpreadsheetCells.printRecord(
        csv,
        k.key(),
        k.field().name(),
        Messages.text(Locale.JAPANESE, k.field().messageKey()),
        k.name(),
        k.unit(),
        plain(k.baseline()),
        k.baselineYear(),
        plain(k.target()),
        k.targetYear(),
        k.responsibleCode(),
        currentCircle
            .profile()
            .member(k.responsibleCode())
            .map(m -> m.nameIn(Locale.JAPANESE))
            .orElse(""),
        fiscalYear,
        actual,
        evaluation == null ? "" : evaluation.rating(),
        evaluation == null ? "" : evaluation.factors(),
        evaluation == null ? "" : evaluation.response());
  }

  /** A number as figures, never in exponent form (and so never taken for a formula). */
  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
