package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.renkei.portal.agreement.boundary.AgreementSummary;
import jp.renkei.portal.agreement.boundary.Agreements;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.i18n.Messages;
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

  /** The change of both groups since the base year as a Chart.js line chart, escaped by JSON-P. */
  public String chart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder members = Json.createArrayBuilder();
    JsonArrayBuilder comparison = Json.createArrayBuilder();
    for (OutcomeComparison.Year y : getYears()) {
      labels.add(Messages.text(language.getLocale(), "population.year-of", y.year()));
      if (y.members() == null) {
        members.addNull();
      } else {
        members.add(y.members().change());
      }
      if (y.comparison() == null) {
        comparison.addNull();
      } else {
        comparison.add(y.comparison().change());
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
                        .add(dataset("outcome.chart.members", members, "#1d4e89", false))
                        .add(dataset("outcome.chart.comparison", comparison, "#b3261e", true))))
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
                                .add(
                                    "text",
                                    Messages.text(language.getLocale(), "outcome.chart.title")))))
        .build()
        .toString();
  }

  private jakarta.json.JsonObjectBuilder dataset(
      String labelKey, JsonArrayBuilder data, String colour, boolean dashed) {
    jakarta.json.JsonObjectBuilder set =
        Json.createObjectBuilder()
            .add("label", Messages.text(language.getLocale(), labelKey))
            .add("data", data)
            .add("borderColor", colour)
            .add("backgroundColor", colour)
            .add("spanGaps", true)
            .add("fill", false);
    if (dashed) {
      set.add("borderDash", Json.createArrayBuilder().add(6).add(4));
    }
    return set;
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
