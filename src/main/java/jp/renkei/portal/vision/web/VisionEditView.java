package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.text.TypedNumbers;
import jp.renkei.portal.platform.web.Steps;
import jp.renkei.portal.vision.boundary.VisionDrafts;
import jp.renkei.portal.vision.boundary.VisionRead;
import jp.renkei.portal.vision.boundary.Visions;
import jp.renkei.portal.vision.entity.FiscalYearCost;
import jp.renkei.portal.vision.entity.Kpi;
import jp.renkei.portal.vision.entity.KpiActual;
import jp.renkei.portal.vision.entity.KpiField;
import jp.renkei.portal.vision.entity.VisionInitiative;
import jp.renkei.portal.vision.entity.VisionRefused;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * {@code /c/{slug}/vision/versions/{id}/edit}: the central city writes a draft — outline (①②④),
 * targets, initiatives (③) with their municipalities, clause and yearly costs, and KPIs (⑤). An
 * initiative is edited by opening the page with {@code ?initiative=n}. Numbers typed wrong are
 * refused with a message; nothing is half-saved.
 *
 * <p>Longer than 300 lines because the editor page's five forms (outline, targets, initiatives,
 * costs, KPIs) edit the same draft in one view state.
 */
@Named
@RequestScoped
public class VisionEditView {

  @Inject Visions visions;
  @Inject VersionOnPage versionOnPage;
  @Inject VisionDrafts drafts;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject CurrentCircle currentCircle;

  // Outline
  private Long lockVersion;
  private String title;
  private String futureImage;
  private final PeriodForm period = new PeriodForm();
  private String revisionPolicy;

  // Target
  private String targetYear;
  private String targetPopulation;
  private String targetAgeing;

  // Initiative (number null: a new one)
  private Integer initiativeNumber;
  private String initiativeTitle;
  private String initiativeContent;
  private String initiativeSchedule;
  private String initiativeClause;
  private List<String> initiativeMunicipalities;
  private final Map<Integer, String> costs = new HashMap<>();

  // KPI
  private String kpiField;
  private String kpiName;
  private String kpiUnit;
  private String kpiBaseline;
  private String kpiBaselineYear;
  private String kpiTarget;
  private String kpiTargetYear;
  private String kpiResponsible;
  private List<String> kpiMeasures = new ArrayList<>();

  private boolean prefilled;

  public VisionRead getRead() {
    VisionRead read = versionOnPage.read();
    if (!prefilled) {
      if (!read.runs()) {
        throw new jp.renkei.portal.platform.web.ForbiddenException("vision editing");
      }
      prefill(read.version());
      prefilled = true;
    }
    return read;
  }

  private void prefill(VisionVersion v) {
    lockVersion = v.lockVersion();
    title = v.title();
    futureImage = v.futureImage();
    period.setStart(Integer.toString(v.periodStart()));
    period.setEnd(Integer.toString(v.periodEnd()));
    revisionPolicy = v.revisionPolicy();
    String chosen =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("initiative");
    Integer number = TypedNumbers.integer(chosen).orElse(null);
    if (number != null) {
      v.initiative(number).ifPresent(this::prefillInitiative);
    }
  }

  private void prefillInitiative(VisionInitiative i) {
    initiativeNumber = i.number();
    initiativeTitle = i.title();
    initiativeContent = i.content();
    initiativeSchedule = i.schedule();
    initiativeClause = i.clause();
    initiativeMunicipalities = new ArrayList<>(i.municipalities());
    i.costs().forEach(c -> costs.put(c.fiscalYear(), Long.toString(c.amount())));
  }

  public List<MemberMunicipality> getMembers() {
    return currentCircle.profile().centralCitiesAndPartners();
  }

  public KpiField[] getKpiFields() {
    return KpiField.values();
  }

  public void saveOutline() {
    getRead();
    run(
        () ->
            drafts.saveOutline(
                id(),
                lockVersion == null ? -1 : lockVersion,
                title,
                futureImage,
                year(period.getStart()),
                year(period.getEnd()),
                revisionPolicy),
        "vision.done.saved");
  }

  public void addTarget() {
    run(
        () -> {
          Integer population = TypedNumbers.integer(targetPopulation).orElse(null);
          if (population == null) {
            throw new VisionRefused("vision.error.population");
          }
          drafts.setTarget(
              id(),
              year(targetYear),
              population,
              decimal(targetAgeing, "vision.error.ageing-rate"));
        },
        "vision.done.saved");
  }

  public void removeTarget(int fiscalYear) {
    run(() -> drafts.removeTarget(id(), fiscalYear), "vision.done.saved");
  }

  public void saveInitiative() {
    run(
        () -> {
          VisionInitiative.InitiativeContent content =
              new VisionInitiative.InitiativeContent(
                  initiativeTitle,
                  initiativeContent,
                  initiativeSchedule,
                  initiativeClause,
                  initiativeMunicipalities == null ? List.of() : initiativeMunicipalities,
                  costList());
          if (initiativeNumber == null) {
            drafts.addInitiative(id(), content);
          } else {
            drafts.changeInitiative(id(), initiativeNumber, content);
          }
        },
        "vision.done.saved");
  }

  public void removeInitiative(int number) {
    run(() -> drafts.removeInitiative(id(), number), "vision.done.saved");
  }

  public void addKpi() {
    run(
        () -> {
          KpiField field;
          try {
            field = KpiField.valueOf(kpiField);
          } catch (IllegalArgumentException | NullPointerException e) {
            throw new VisionRefused("vision.error.kpi-field");
          }
          drafts.addKpi(
              id(),
              new Kpi.KpiDefinition(
                  field,
                  kpiName,
                  kpiUnit,
                  KpiActual.parse(kpiBaseline),
                  year(kpiBaselineYear),
                  KpiActual.parse(kpiTarget),
                  year(kpiTargetYear),
                  kpiResponsible),
              kpiMeasures.stream()
                  .map(n -> TypedNumbers.integer(n).orElse(-1))
                  .collect(java.util.stream.Collectors.toSet()));
        },
        "vision.done.saved");
  }

  public void removeKpi(String key) {
    run(() -> drafts.removeKpi(id(), key), "vision.done.saved");
  }

  private List<FiscalYearCost> costList() {
    List<FiscalYearCost> list = new ArrayList<>();
    for (Map.Entry<Integer, String> e : costs.entrySet()) {
      if (e.getValue() == null || e.getValue().isBlank()) {
        continue;
      }
      Integer amount = TypedNumbers.integer(e.getValue()).orElse(null);
      if (amount == null) {
        throw new VisionRefused("vision.error.cost");
      }
      list.add(new FiscalYearCost(e.getKey(), amount));
    }
    return list;
  }

  private static int year(String typed) {
    Integer year = TypedNumbers.integer(typed).orElse(null);
    if (year == null) {
      throw new VisionRefused("vision.error.year");
    }
    return year;
  }

  private static BigDecimal decimal(String typed, String key) {
    try {
      return KpiActual.parse(typed);
    } catch (VisionRefused e) {
      throw new VisionRefused(key);
    }
  }

  private void run(Runnable step, String doneKey) {
    steps.run(step, doneKey, "vision/versions/" + id() + "/edit");
  }

  private long id() {
    return tenant.getPathId();
  }

  // Faces binds each year's cost field to #{visionEditView.costs[2027]}.
  public Map<Integer, String> getCosts() {
    return costs;
  }

  public Long getLockVersion() {
    return lockVersion;
  }

  public void setLockVersion(Long lockVersion) {
    this.lockVersion = lockVersion;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getFutureImage() {
    return futureImage;
  }

  public void setFutureImage(String futureImage) {
    this.futureImage = futureImage;
  }

  public PeriodForm getPeriod() {
    return period;
  }

  public String getRevisionPolicy() {
    return revisionPolicy;
  }

  public void setRevisionPolicy(String revisionPolicy) {
    this.revisionPolicy = revisionPolicy;
  }

  public String getTargetYear() {
    return targetYear;
  }

  public void setTargetYear(String targetYear) {
    this.targetYear = targetYear;
  }

  public String getTargetPopulation() {
    return targetPopulation;
  }

  public void setTargetPopulation(String targetPopulation) {
    this.targetPopulation = targetPopulation;
  }

  public String getTargetAgeing() {
    return targetAgeing;
  }

  public void setTargetAgeing(String targetAgeing) {
    this.targetAgeing = targetAgeing;
  }

  public Integer getInitiativeNumber() {
    return initiativeNumber;
  }

  public void setInitiativeNumber(Integer initiativeNumber) {
    this.initiativeNumber = initiativeNumber;
  }

  public String getInitiativeTitle() {
    return initiativeTitle;
  }

  public void setInitiativeTitle(String initiativeTitle) {
    this.initiativeTitle = initiativeTitle;
  }

  public String getInitiativeContent() {
    return initiativeContent;
  }

  public void setInitiativeContent(String initiativeContent) {
    this.initiativeContent = initiativeContent;
  }

  public String getInitiativeSchedule() {
    return initiativeSchedule;
  }

  public void setInitiativeSchedule(String initiativeSchedule) {
    this.initiativeSchedule = initiativeSchedule;
  }

  public String getInitiativeClause() {
    return initiativeClause;
  }

  public void setInitiativeClause(String initiativeClause) {
    this.initiativeClause = initiativeClause;
  }

  public List<String> getInitiativeMunicipalities() {
    return initiativeMunicipalities;
  }

  public void setInitiativeMunicipalities(List<String> initiativeMunicipalities) {
    this.initiativeMunicipalities = initiativeMunicipalities;
  }

  public String getKpiField() {
    return kpiField;
  }

  public void setKpiField(String kpiField) {
    this.kpiField = kpiField;
  }

  public String getKpiName() {
    return kpiName;
  }

  public void setKpiName(String kpiName) {
    this.kpiName = kpiName;
  }

  public String getKpiUnit() {
    return kpiUnit;
  }

  public void setKpiUnit(String kpiUnit) {
    this.kpiUnit = kpiUnit;
  }

  public String getKpiBaseline() {
    return kpiBaseline;
  }

  public void setKpiBaseline(String kpiBaseline) {
    this.kpiBaseline = kpiBaseline;
  }

  public String getKpiBaselineYear() {
    return kpiBaselineYear;
  }

  public void setKpiBaselineYear(String kpiBaselineYear) {
    this.kpiBaselineYear = kpiBaselineYear;
  }

  public String getKpiTarget() {
    return kpiTarget;
  }

  public void setKpiTarget(String kpiTarget) {
    this.kpiTarget = kpiTarget;
  }

  public String getKpiTargetYear() {
    return kpiTargetYear;
  }

  public void setKpiTargetYear(String kpiTargetYear) {
    this.kpiTargetYear = kpiTargetYear;
  }

  public String getKpiResponsible() {
    return kpiResponsible;
  }

  public void setKpiResponsible(String kpiResponsible) {
    this.kpiResponsible = kpiResponsible;
  }

  /** The numbers of the initiatives the new KPI measures, as the checkboxes send them. */
  public List<String> getKpiMeasures() {
    return kpiMeasures;
  }

  public void setKpiMeasures(List<String> kpiMeasures) {
    this.kpiMeasures = kpiMeasures == null ? new ArrayList<>() : kpiMeasures;
  }
}
