package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.text.TypedNumbers;
import jp.renkei.portal.platform.web.Steps;
import jp.renkei.portal.vision.boundary.RoundMatrix;
import jp.renkei.portal.vision.boundary.VisionRead;
import jp.renkei.portal.vision.boundary.VisionRounds;
import jp.renkei.portal.vision.boundary.Visions;
import jp.renkei.portal.vision.control.VisionSections;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * {@code /c/{slug}/vision/versions/{id}/rounds}: for the central city, the matrix of sections ×
 * partners and a form per partner not yet consulted on this draft, its sections proposed from the
 * initiatives that name it (adjustable) and a deadline.
 */
@Named
@RequestScoped
public class VisionRoundsView {

  @Inject Visions visions;
  @Inject VersionOnPage versionOnPage;
  @Inject VisionRounds rounds;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject LanguageSelection language;

  private RoundMatrix matrix;
  // Faces fills the chosen section keys per partner code.
  private final Map<String, List<String>> sections = new HashMap<>();
  private final Map<String, String> deadlines = new HashMap<>();

  public VisionRead getRead() {
    return versionOnPage.read();
  }

  public VisionVersion getVersion() {
    return getRead().version();
  }

  public RoundMatrix getMatrix() {
    if (matrix == null) {
      matrix = rounds.matrix(tenant.getPathId());
    }
    return matrix;
  }

  public String heading(String key) {
    return VisionSections.heading(getVersion(), key, language.getLocale());
  }

  /** Partners with no round on this draft yet. */
  public List<MemberMunicipality> getUnconsulted() {
    return getMatrix().columns().stream()
        .filter(c -> !c.consulted())
        .map(RoundMatrix.Column::partner)
        .toList();
  }

  public Map<String, List<String>> getSections() {
    for (MemberMunicipality p : getUnconsulted()) {
      sections.computeIfAbsent(
          p.code(), code -> new ArrayList<>(VisionRounds.proposedSections(getVersion(), code)));
    }
    return sections;
  }

  public Map<String, String> getDeadlines() {
    return deadlines;
  }

  public void open(String partnerCode) {
    steps.run(
        () ->
            rounds.openRound(
                tenant.getPathId(),
                partnerCode,
                sections.getOrDefault(partnerCode, List.of()),
                TypedNumbers.date(deadlines.get(partnerCode)).orElse(null)),
        "vision.done.round-opened",
        "vision/versions/" + tenant.getPathId() + "/rounds");
  }
}
