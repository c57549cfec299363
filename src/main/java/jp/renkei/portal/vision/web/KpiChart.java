package jp.renkei.portal.vision.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.vision.entity.Kpi;

/**
 * A KPI's target path against its actuals as a Chart.js line chart configuration for PrimeFaces'
 * {@code p:chart}: the target runs straight from the baseline to the target year, the actuals are
 * points where they were reported. Built with JSON-P, so names typed by staff are escaped.
 */
final class KpiChart {

  private KpiChart() {}

  static String json(Kpi kpi, Map<Integer, BigDecimal> actuals, Locale locale) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder target = Json.createArrayBuilder();
    JsonArrayBuilder actual = Json.createArrayBuilder();
    for (int year : years(kpi)) {
      labels.add(OfficialDates.fiscalYear(year, locale));
      target.add(targetIn(kpi, year));
      BigDecimal value = actuals.get(year);
      if (value == null) {
        actual.addNull();
      } else {
        actual.add(value);
      }
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", Messages.text(locale, "vision.kpi.chart.target"))
                                .add("data", target)
                                .add("borderColor", "#1d4e89")
                                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                                .add("fill", false))
                        .add(
                            Json.createObjectBuilder()
                                .add("label", Messages.text(locale, "vision.kpi.chart.actual"))
                                .add("data", actual)
                                .add("borderColor", "#b3261e")
                                .add("backgroundColor", "#b3261e")
                                .add("spanGaps", true)
                                .add("fill", false))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add(
                            "title",
                            Json.createObjectBuilder()
                                .add("display", true)
                                .add("text", kpi.name() + " (" + kpi.unit() + ")"))))
        .build()
        .toString();
  }

  static List<Integer> years(Kpi kpi) {
    return java.util.stream.IntStream.rangeClosed(kpi.baselineYear(), kpi.targetYear())
        .boxed()
        .toList();
  }

  /** The target path: straight from the baseline to the target. */
  static BigDecimal targetIn(Kpi kpi, int year) {
    int span = kpi.targetYear() - kpi.baselineYear();
    if (span == 0) {
      return kpi.target();
    }
    BigDecimal step =
        kpi.target()
            .subtract(kpi.baseline())
            .multiply(BigDecimal.valueOf(year - kpi.baselineYear()))
            .divide(BigDecimal.valueOf(span), MathContext.DECIMAL64);
    return kpi.baseline()
        .add(step)
        .setScale(2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }
}
