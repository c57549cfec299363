package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import jp.renkei.portal.agreement.boundary.CooperationFields;
import jp.renkei.portal.agreement.boundary.CooperationMatrix;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.vision.boundary.Visions;
import jp.renkei.portal.vision.entity.FiscalYearCost;
import jp.renkei.portal.vision.entity.VisionInitiative;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * {@code /c/{slug}/vision/cooperation} (public): where the circle's cooperation is — the
 * initiatives of the agreements in force by the 要綱's fields and by partner — and what the adopted
 * vision's initiatives cost each fiscal year.
 */
@Named
@RequestScoped
public class CooperationView {

  @Inject CooperationFields fields;
  @Inject Visions visions;
  @Inject CurrentCircle currentCircle;
  @Inject LanguageSelection language;

  private CooperationMatrix matrix;
  private VisionVersion adopted;
  private boolean visionLoaded;

  public CooperationMatrix getMatrix() {
    if (matrix == null) {
      matrix = fields.ofCircle();
    }
    return matrix;
  }

  public String partnerName(String code) {
    return currentCircle
        .profile()
        .member(code)
        .map(m -> m.nameIn(language.getLocale()))
        .orElse(code);
  }

  /** The message key naming a field: the role's, or for ウ the viewpoint's. */
  public String fieldKey(CooperationMatrix.Field field) {
    return field.viewpoint() == null ? field.role().messageKey() : field.viewpoint().messageKey();
  }

  public VisionVersion getAdopted() {
    if (!visionLoaded) {
      adopted = visions.adopted().orElse(null);
      visionLoaded = true;
    }
    return adopted;
  }

  /** The fiscal years any budgeted initiative of the adopted vision has a cost for. */
  public List<Integer> costYears() {
    return List.copyOf(
        new TreeSet<>(
            getAdopted().initiatives().stream()
                .flatMap(i -> i.costs().stream())
                .map(FiscalYearCost::fiscalYear)
                .toList()));
  }

  /** The initiatives with a cost, in the vision's order. */
  public List<VisionInitiative> budgeted() {
    return getAdopted().initiatives().stream().filter(VisionInitiative::isBudgeted).toList();
  }

  /** The cost in thousand yen of an initiative in a fiscal year; null when it has none. */
  public Long cost(VisionInitiative initiative, int fiscalYear) {
    return initiative.costs().stream()
        .filter(c -> c.fiscalYear() == fiscalYear)
        .map(FiscalYearCost::amount)
        .findFirst()
        .orElse(null);
  }

  /** What the budgeted initiatives cost together in a fiscal year. */
  public long costOfYear(int fiscalYear) {
    return budgeted().stream()
        .map(i -> cost(i, fiscalYear))
        .filter(Objects::nonNull)
        .mapToLong(Long::longValue)
        .sum();
  }
}
