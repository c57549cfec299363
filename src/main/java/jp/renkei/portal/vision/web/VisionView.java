package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.vision.boundary.VisionKpis;
import jp.renkei.portal.vision.boundary.Visions;
import jp.renkei.portal.vision.control.VisionSections;
import jp.renkei.portal.vision.entity.Kpi;
import jp.renkei.portal.vision.entity.KpiActual;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * {@code /c/{slug}/vision}: the vision in force, public — every item of 第6(3), and a chart of each
 * KPI's target against its actuals with the figures beside it as a table. Members are pointed to
 * the drafts; residents to a draft open for comment.
 */
@Named
@RequestScoped
public class VisionView {

  @Inject Visions visions;
  @Inject VisionKpis kpis;
  @Inject TenantContext tenant;
  @Inject CurrentCircle currentCircle;
  @Inject LanguageSelection language;

  private VisionVersion adopted;
  private boolean loaded;
  private Map<String, Map<Integer, BigDecimal>> actuals;

  public VisionVersion getAdopted() {
    if (!loaded) {
      adopted = visions.adopted().orElse(null);
      loaded = true;
    }
    return adopted;
  }

  public List<VisionSections.Section> getSections() {
    return VisionSections.of(getAdopted(), currentCircle.profile(), language.getLocale());
  }

  public VisionVersion getOpenForComment() {
    return visions.draftOpenForComment().orElse(null);
  }

  /** Office staff and roundtable members have a drafts page. */
  public boolean isInsider() {
    return tenant.isOfficeStaff()
        || (tenant.isMember() && tenant.hasRole(PortalRole.ROUNDTABLE_MEMBER));
  }

  public String chart(Kpi kpi) {
    return KpiChart.json(kpi, actualsOf(kpi), language.getLocale());
  }

  public List<Integer> years(Kpi kpi) {
    return KpiChart.years(kpi);
  }

  public BigDecimal target(Kpi kpi, int year) {
    return KpiChart.targetIn(kpi, year);
  }

  public BigDecimal actual(Kpi kpi, int year) {
    return actualsOf(kpi).get(year);
  }

  private Map<Integer, BigDecimal> actualsOf(Kpi kpi) {
    if (actuals == null) {
      actuals = new HashMap<>();
      for (KpiActual a : kpis.actuals()) {
        actuals.computeIfAbsent(a.kpiKey(), k -> new HashMap<>()).put(a.fiscalYear(), a.actual());
      }
    }
    return actuals.getOrDefault(kpi.key(), Map.of());
  }

  /** KPIs grouped by field, in the order of the fields. */
  public Map<String, List<Kpi>> getKpisByField() {
    return getAdopted().kpis().stream()
        .collect(
            Collectors.groupingBy(
                k -> k.field().messageKey(), java.util.LinkedHashMap::new, Collectors.toList()));
  }
}
