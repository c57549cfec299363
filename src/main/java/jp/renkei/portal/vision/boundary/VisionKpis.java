package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;
import jp.renkei.portal.vision.control.VisionAccess;
import jp.renkei.portal.vision.control.VisionRepository;
import jp.renkei.portal.vision.entity.Kpi;
import jp.renkei.portal.vision.entity.KpiActual;
import jp.renkei.portal.vision.entity.KpiEvaluation;
import jp.renkei.portal.vision.entity.VisionRefused;
import jp.renkei.portal.vision.entity.VisionStatus;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * The yearly actuals of the adopted vision's KPIs (要綱 第6(3)⑤): public to read, entered (or
 * corrected) by the municipality responsible for each KPI.
 */
@ApplicationScoped
public class VisionKpis {

  @Inject TenantContext tenant;
  @Inject VisionAccess access;
  @Inject VisionRepository repository;
  @Inject JapanClock clock;

  /** The published evaluations of the circle's KPIs, all years: public. */
  public List<KpiEvaluation> publishedEvaluations() {
    return repository.publishedEvaluations();
  }

  /** The actuals of the circle's KPIs, all years: public. */
  public List<KpiActual> actuals() {
    return repository.actuals();
  }

  /** True when the caller reports this KPI: staff of its responsible municipality. */
  public boolean reports(Kpi kpi) {
    return tenant.isOfficeStaff() && tenant.actsFor(kpi.responsibleCode());
  }

  /**
   * Enters (or corrects) the actual of an adopted KPI for a fiscal year within the vision's period
   * and not in the future; by the municipality responsible for it.
   */
  @Transactional
  public void enterActual(String kpiKey, int fiscalYear, String typed) {
    VisionVersion vision =
        repository
            .withStatus(VisionStatus.ADOPTED)
            .orElseThrow(() -> new VisionRefused("vision.error.none-adopted"));
    Kpi kpi = vision.kpi(kpiKey).orElseThrow(() -> new NotFoundException("kpi " + kpiKey));
    if (!reports(kpi)) {
      throw new ForbiddenException("kpi " + kpiKey + " is reported by " + kpi.responsibleCode());
    }
    BigDecimal value = KpiActual.parse(typed);
    if (fiscalYear < kpi.baselineYear() || fiscalYear > clock.fiscalYear()) {
      throw new VisionRefused("vision.error.kpi-year");
    }
    Optional<KpiActual> existing = repository.actual(kpiKey, fiscalYear);
    if (existing.isPresent()) {
      existing.get().correct(value, access.username(), clock.localNow());
    } else {
      repository.add(
          new KpiActual(
              tenant.circleId(), kpiKey, fiscalYear, value, access.username(), clock.localNow()));
    }
  }
}
