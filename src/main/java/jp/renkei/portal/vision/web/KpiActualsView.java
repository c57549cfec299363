package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.text.TypedNumbers;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.Steps;
import jp.renkei.portal.vision.boundary.VisionKpis;
import jp.renkei.portal.vision.boundary.Visions;
import jp.renkei.portal.vision.entity.Kpi;
import jp.renkei.portal.vision.entity.KpiActual;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * {@code /c/{slug}/vision/kpis}: the offices see every KPI of the adopted vision with its actuals;
 * each municipality enters the actuals of the KPIs it is responsible for, a fiscal year at a time.
 */
@Named
@RequestScoped
public class KpiActualsView {

  @Inject Visions visions;
  @Inject VisionKpis kpis;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject CurrentCircle currentCircle;
  @Inject LanguageSelection language;
  @Inject JapanClock clock;

  private VisionVersion adopted;
  private boolean loaded;
  private Map<String, Map<Integer, BigDecimal>> actuals;
  private String fiscalYear;
  private String value;

  public VisionVersion getAdopted() {
    if (!loaded) {
      adopted = visions.adopted().orElse(null);
      loaded = true;
    }
    return adopted;
  }

  public boolean reports(Kpi kpi) {
    return kpis.reports(kpi);
  }

  public String responsibleName(Kpi kpi) {
    return currentCircle
        .profile()
        .member(kpi.responsibleCode())
        .map(m -> m.nameIn(language.getLocale()))
        .orElse(kpi.responsibleCode());
  }

  /** The fiscal years an actual can be entered for: from the baseline to the current year. */
  public List<Integer> years(Kpi kpi) {
    int last = Math.min(clock.fiscalYear(), kpi.targetYear());
    return java.util.stream.IntStream.rangeClosed(
            kpi.baselineYear(), Math.max(last, kpi.baselineYear()))
        .boxed()
        .toList();
  }

  /**
   * The fiscal years any KPI of the adopted vision reports on so far: after the earliest baseline
   * year up to the current year (or the last target year), for the deadline form.
   */
  public List<Integer> getReportYears() {
    VisionVersion vision = getAdopted();
    if (vision == null || vision.kpis().isEmpty()) {
      return List.of();
    }
    int first = vision.kpis().stream().mapToInt(Kpi::baselineYear).min().orElseThrow() + 1;
    int lastTarget = vision.kpis().stream().mapToInt(Kpi::targetYear).max().orElseThrow();
    int last = Math.max(first, Math.min(clock.fiscalYear(), lastTarget));
    return java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
  }

  public BigDecimal actual(Kpi kpi, int year) {
    if (actuals == null) {
      actuals = new HashMap<>();
      for (KpiActual a : kpis.actuals()) {
        actuals.computeIfAbsent(a.kpiKey(), k -> new HashMap<>()).put(a.fiscalYear(), a.actual());
      }
    }
    return actuals.getOrDefault(kpi.key(), Map.of()).get(year);
  }

  public void enter(String kpiKey) {
    steps.run(
        () -> {
          Integer year = TypedNumbers.integer(fiscalYear).orElse(null);
          if (year == null) {
            throw new jp.renkei.portal.vision.entity.VisionRefused("vision.error.kpi-year");
          }
          kpis.enterActual(kpiKey, year, value);
        },
        "vision.done.actual",
        "vision/kpis");
  }

  public String getFiscalYear() {
    return fiscalYear;
  }

  public void setFiscalYear(String fiscalYear) {
    this.fiscalYear = fiscalYear;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }
}
