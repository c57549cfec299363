package jp.renkei.portal.vision.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.platform.web.LineChart;
import jp.renkei.portal.vision.entity.Kpi;

/**
 * A KPI's target path against its actuals as a chart: the target runs straight from the baseline to
 * the target year, the actuals are points where they were reported.
 */
final class KpiChart {

  private KpiChart() {}

  static String json(Kpi kpi, Map<Integer, BigDecimal> actuals, Locale locale) {
    List<Integer> years = years(kpi);
    return LineChart.over(years.stream().map(y -> OfficialDates.fiscalYear(y, locale)).toList())
        .titled(kpi.name() + " (" + kpi.unit() + ")")
        .line(
            Messages.text(locale, "vision.kpi.chart.target"),
            years.stream().map(y -> targetIn(kpi, y)).toList(),
            LineChart.BLUE,
            true)
        .line(
            Messages.text(locale, "vision.kpi.chart.actual"),
            years.stream().map(actuals::get).toList(),
            LineChart.RED,
            false)
        .json();
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
