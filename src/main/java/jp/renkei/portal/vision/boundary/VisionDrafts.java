package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.search.boundary.SearchIndexing;
import jp.renkei.portal.vision.control.VisionAccess;
import jp.renkei.portal.vision.control.VisionRepository;
import jp.renkei.portal.vision.entity.Kpi;
import jp.renkei.portal.vision.entity.PopulationTarget;
import jp.renkei.portal.vision.entity.VisionInitiative;
import jp.renkei.portal.vision.entity.VisionRefused;
import jp.renkei.portal.vision.entity.VisionStatus;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * The central city drafts the vision (要綱 第6(3) ①–⑤): the first draft, a redraft or the yearly
 * revision, and the draft's outline, targets, initiatives and KPIs while it may still be changed in
 * place (not yet put to a partner or the residents). A refused change throws {@link VisionRefused}.
 */
@ApplicationScoped
public class VisionDrafts {

  @Inject VisionAccess access;
  @Inject VisionRepository repository;
  @Inject CurrentCircle currentCircle;
  @Inject JapanClock clock;
  @Inject SearchIndexing indexing;

  /** Starts the circle's first vision. Later visions are revisions of the adopted one. */
  @Transactional
  public long startFirstDraft(String title, int periodStart, int periodEnd) {
    access.requireRuns();
    if (!repository.versions().isEmpty()) {
      throw new VisionRefused("vision.error.exists");
    }
    VisionVersion draft =
        new VisionVersion(
            currentCircle.profile().id(),
            1,
            title,
            periodStart,
            periodEnd,
            access.username(),
            clock.localNow());
    repository.add(draft);
    repository.flush();
    indexing.changed(VisionSearch.NAME, draft.id());
    return draft.id();
  }

  /**
   * A new draft from this version: a redraft of the current draft (its rounds close, new rounds
   * show what changed) or the yearly revision of the adopted vision.
   */
  @Transactional
  public long newDraft(long fromId) {
    access.requireRuns();
    VisionVersion from = access.forUpdate(fromId);
    if (from.status() == VisionStatus.ADOPTED
        && repository.withStatus(VisionStatus.DRAFT).isPresent()) {
      throw new VisionRefused("vision.error.draft-exists");
    }
    VisionVersion next =
        from.nextDraft(repository.nextNumber(), access.username(), clock.localNow());
    repository.add(next);
    repository.flush();
    indexing.changed(VisionSearch.NAME, fromId);
    indexing.changed(VisionSearch.NAME, next.id());
    return next.id();
  }

  /**
   * Saves title, future image, period and revision policy, unless somebody saved the draft since
   * the editor loaded it ({@code expectedLockVersion}).
   */
  @Transactional
  public void saveOutline(
      long id,
      long expectedLockVersion,
      String title,
      String futureImage,
      int periodStart,
      int periodEnd,
      String revisionPolicy) {
    indexing.changed(VisionSearch.NAME, id);
    VisionVersion draft = editable(id);
    if (draft.lockVersion() != expectedLockVersion) {
      throw new VisionRefused("vision.error.changed-since");
    }
    draft.outline(title, futureImage, periodStart, periodEnd, revisionPolicy);
  }

  @Transactional
  public void setTarget(long id, int fiscalYear, long population, BigDecimal ageingRate) {
    indexing.changed(VisionSearch.NAME, id);
    VisionVersion draft = editable(id);
    if (fiscalYear < draft.periodStart() - 10 || fiscalYear > draft.periodEnd() + 30) {
      throw new VisionRefused("vision.error.target-year");
    }
    draft.setTarget(new PopulationTarget(fiscalYear, population, ageingRate));
  }

  @Transactional
  public void removeTarget(long id, int fiscalYear) {
    indexing.changed(VisionSearch.NAME, id);
    editable(id).removeTarget(fiscalYear);
  }

  @Transactional
  public int addInitiative(long id, VisionInitiative.InitiativeContent content) {
    indexing.changed(VisionSearch.NAME, id);
    VisionVersion draft = editable(id);
    requireMembers(content.municipalities());
    return draft.addInitiative(content);
  }

  @Transactional
  public void changeInitiative(long id, int number, VisionInitiative.InitiativeContent content) {
    indexing.changed(VisionSearch.NAME, id);
    VisionVersion draft = editable(id);
    requireMembers(content.municipalities());
    draft.changeInitiative(number, content);
  }

  @Transactional
  public void removeInitiative(long id, int number) {
    indexing.changed(VisionSearch.NAME, id);
    editable(id).removeInitiative(number);
  }

  @Transactional
  public void addKpi(long id, Kpi.KpiDefinition definition) {
    addKpi(id, definition, java.util.Set.of());
  }

  /** Adds a KPI that measures these initiatives of the draft (by number). */
  @Transactional
  public void addKpi(long id, Kpi.KpiDefinition definition, java.util.Set<Integer> measures) {
    indexing.changed(VisionSearch.NAME, id);
    VisionVersion draft = editable(id);
    requireMembers(
        List.of(definition.responsibleCode() == null ? "" : definition.responsibleCode()));
    draft.addKpi(definition, measures);
  }

  @Transactional
  public void removeKpi(long id, String key) {
    indexing.changed(VisionSearch.NAME, id);
    editable(id).removeKpi(key);
  }

  private VisionVersion editable(long id) {
    access.requireRuns();
    VisionVersion draft = access.forUpdate(id);
    draft.requireEditable(repository.hasRounds(draft.id()));
    return draft;
  }

  private void requireMembers(Collection<String> codes) {
    for (String code : codes) {
      if (!currentCircle.profile().isInVision(code)) {
        throw new VisionRefused("vision.error.not-a-member");
      }
    }
  }
}
