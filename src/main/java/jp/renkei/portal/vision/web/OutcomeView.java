package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import jp.renkei.portal.agreement.boundary.AgreementSummary;
import jp.renkei.portal.agreement.boundary.Agreements;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.web.LineChart;
import jp.renkei.portal.platform.web.Steps;
import jp.renkei.portal.vision.boundary.OutcomeMonitor;
import jp.renkei.portal.vision.control.OutcomeComparison;

/**
 * {@code /c/{slug}/vision/outcomes} (public): the circle's central city and partners against the
 * comparison group, in population change and ageing per year since the first agreement took effect
 * — a chart and the same figures as a table, with the caveat that a difference is not proof of an
 * effect. The central city's office names municipalities to compare with.
 */
@Named
@RequestScoped
public class OutcomeView {

  @Inject OutcomeMonitor monitor;
  @Inject Agreements agreements;
  @Inject LanguageSelection language;
  @Inject Steps steps;

  private LocalDate since;
  private boolean sinceRead;
  private List<OutcomeComparison.Year> years;
  private List<OutcomeMonitor.Compared> group;
  private String code;
  private String name;

  /** The day the circle's first agreement in force was concluded; null without one. */
  public LocalDate getSince() {
    if (!sinceRead) {
      since =
          agreements.visible().stream()
              .map(AgreementSummary::concludedOn)
              .filter(Objects::nonNull)
              .min(LocalDate::compareTo)
              .orElse(null);
      sinceRead = true;
    }
    return since;
  }

  public List<OutcomeComparison.Year> getYears() {
    if (years == null) {
      years = getSince() == null ? List.of() : monitor.years(getSince().getYear());
    }
    return years;
  }

  public List<OutcomeMonitor.Compared> getGroup() {
    if (group == null) {
      group = monitor.comparisonGroup();
    }
    return group;
  }

  public boolean isNames() {
    return monitor.names();
  }

  /** The change of both groups since the base year, as the chart's configuration. */
  public String chart() {
    List<OutcomeComparison.Year> shown = getYears();
    return LineChart.over(
            shown.stream()
                .map(y -> Messages.text(language.getLocale(), "population.year-of", y.year()))
                .toList())
        .titled(Messages.text(language.getLocale(), "outcome.chart.title"))
        .line(
            Messages.text(language.getLocale(), "outcome.chart.members"),
            changes(shown, OutcomeComparison.Year::members),
            LineChart.BLUE,
            false)
        .line(
            Messages.text(language.getLocale(), "outcome.chart.comparison"),
            changes(shown, OutcomeComparison.Year::comparison),
            LineChart.RED,
            true)
        .json();
  }

  private static List<BigDecimal> changes(
      List<OutcomeComparison.Year> years,
      Function<OutcomeComparison.Year, OutcomeComparison.Group> group) {
    List<BigDecimal> values = new ArrayList<>();
    for (OutcomeComparison.Year y : years) {
      OutcomeComparison.Group g = group.apply(y);
      values.add(g == null ? null : g.change());
    }
    return values;
  }

  public void addComparison() {
    steps.run(() -> monitor.name(code, name), "outcome.done.named", "vision/outcomes");
  }

  public void removeComparison(String municipalityCode) {
    steps.run(() -> monitor.unname(municipalityCode), "outcome.done.unnamed", "vision/outcomes");
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
