package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.files.Uploads;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.platform.web.LineChart;
import jp.renkei.portal.platform.web.Steps;
import jp.renkei.portal.vision.boundary.PopulationActuals;
import jp.renkei.portal.vision.boundary.Visions;
import jp.renkei.portal.vision.entity.PopulationActual;
import jp.renkei.portal.vision.entity.PopulationTarget;
import jp.renkei.portal.vision.entity.VisionRefused;

/**
 * {@code /c/{slug}/vision/population} (public): the vision's ② population and ageing-rate targets
 * against the actual figures, for the circle (its central city and partners) and each municipality;
 * the central city's office imports the figures from a CSV and sees what was stored and which lines
 * were rejected, and why.
 */
@Named
@RequestScoped
public class PopulationView {

  /** Larger files are refused before they are read (a circle's table is far smaller). */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  @Inject PopulationActuals population;
  @Inject Visions visions;
  @Inject CurrentCircle currentCircle;
  @Inject LanguageSelection language;
  @Inject Steps steps;

  private List<PopulationActual> actuals;
  private Part file;
  private PopulationActuals.Report report;

  /** A year of the circle: the target where the vision sets one, the actual where known. */
  public record CircleYear(
      int year, PopulationTarget target, Long population, BigDecimal ageingRate) {

    /** Actual minus target population; null unless both are known. */
    public Long gap() {
      return target == null || population == null ? null : population - target.population();
    }
  }

  public List<PopulationActual> getActuals() {
    if (actuals == null) {
      actuals = population.actuals();
    }
    return actuals;
  }

  public boolean isImports() {
    return population.imports();
  }

  /**
   * The circle's years: the sums of its central city and partners against the adopted vision's
   * targets.
   */
  public List<CircleYear> circleYears() {
    List<String> members =
        currentCircle.profile().centralCitiesAndPartners().stream()
            .map(MemberMunicipality::code)
            .toList();
    Map<Integer, long[]> sums = new TreeMap<>();
    for (PopulationActual a : getActuals()) {
      if (members.contains(a.municipalityCode())) {
        long[] sum = sums.computeIfAbsent(a.year(), y -> new long[2]);
        sum[0] += a.population();
        sum[1] += a.aged65();
      }
    }
    Map<Integer, PopulationTarget> targets = new TreeMap<>();
    visions.adopted().ifPresent(v -> v.targets().forEach(t -> targets.put(t.fiscalYear(), t)));
    TreeSet<Integer> years = new TreeSet<>(sums.keySet());
    years.addAll(targets.keySet());
    return years.stream()
        .map(
            y -> {
              long[] sum = sums.get(y);
              return new CircleYear(
                  y,
                  targets.get(y),
                  sum == null ? null : sum[0],
                  sum == null ? null : PopulationActual.rate(sum[1], sum[0]));
            })
        .toList();
  }

  /** The circle's target path against its actual population, as the chart's configuration. */
  public String chart() {
    Locale locale = language.getLocale();
    List<CircleYear> shown = circleYears();
    List<Long> targets = new ArrayList<>();
    List<Long> actualsSeries = new ArrayList<>();
    for (CircleYear y : shown) {
      targets.add(y.target() == null ? null : y.target().population());
      actualsSeries.add(y.population());
    }
    return LineChart.over(
            shown.stream().map(y -> Messages.text(locale, "population.year-of", y.year())).toList())
        .line(Messages.text(locale, "population.target"), targets, LineChart.BLUE, true)
        .line(Messages.text(locale, "population.actual"), actualsSeries, LineChart.RED, false)
        .json();
  }

  /** The municipalities with figures, in the circle's order. */
  public List<MemberMunicipality> municipalities() {
    TreeSet<String> withFigures = new TreeSet<>();
    getActuals().forEach(a -> withFigures.add(a.municipalityCode()));
    return currentCircle.profile().allMembers().stream()
        .filter(m -> withFigures.contains(m.code()))
        .toList();
  }

  public List<PopulationActual> of(MemberMunicipality municipality) {
    return getActuals().stream()
        .filter(a -> a.municipalityCode().equals(municipality.code()))
        .toList();
  }

  public String name(MemberMunicipality municipality) {
    return municipality.nameIn(language.getLocale());
  }

  public boolean isPartnerOrCentral(MemberMunicipality municipality) {
    return currentCircle.profile().centralCitiesAndPartners().contains(municipality);
  }

  public void importFile() {
    if (file == null || file.getSize() == 0) {
      FacesMessages.error("population.error.empty");
      return;
    }
    byte[] content = Uploads.read(file, MAX_BYTES);
    steps.attempt(
        () -> {
          if (content.length > MAX_BYTES) {
            throw new VisionRefused("population.error.too-large");
          }
          report = population.importCsv(content);
          actuals = null;
          FacesMessages.info("population.done.imported", report.stored());
        });
  }

  /** The rejected lines the page lists: the first 500 (a wrong file can reject every line). */
  public List<jp.renkei.portal.vision.control.PopulationCsv.Rejected> rejectedShown() {
    List<jp.renkei.portal.vision.control.PopulationCsv.Rejected> all = report.rejected();
    return all.size() > 500 ? all.subList(0, 500) : all;
  }

  public PopulationActuals.Report getReport() {
    return report;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
