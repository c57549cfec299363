package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.search.boundary.Findable;
import jp.renkei.portal.search.boundary.Readers;
import jp.renkei.portal.search.boundary.SearchSource;
import jp.renkei.portal.search.entity.SearchDocument;
import jp.renkei.portal.search.entity.SearchKind;
import jp.renkei.portal.vision.control.VisionRepository;
import jp.renkei.portal.vision.control.VisionSections;
import jp.renkei.portal.vision.entity.CommentRound;
import jp.renkei.portal.vision.entity.KpiEvaluation;
import jp.renkei.portal.vision.entity.VisionStatus;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * The circle's vision, for search, read as its pages are ({@code VisionAccess.canRead}): adopted
 * versions and drafts put to the residents by everybody; other drafts by the central city's staff
 * and the staff of the partners it consulted in a round.
 */
@ApplicationScoped
public class VisionSearch implements SearchSource {

  static final String NAME = "vision";

  @Inject VisionRepository repository;
  @Inject CurrentCircle currentCircle;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<SearchDocument> all() {
    return repository.versions().stream()
        .filter(v -> v.status() == VisionStatus.ADOPTED || v.status() == VisionStatus.DRAFT)
        .map(this::documentOf)
        .toList();
  }

  @Override
  public List<SearchDocument> of(long record) {
    return repository
        .version(record)
        .filter(v -> v.status() == VisionStatus.ADOPTED || v.status() == VisionStatus.DRAFT)
        .map(v -> List.of(documentOf(v)))
        .orElse(List.of());
  }

  /** The published KPI evaluations, found with the adopted vision they are published with. */
  private String evaluationsText(VisionVersion v) {
    StringBuilder text = new StringBuilder();
    for (KpiEvaluation e : repository.publishedEvaluations()) {
      v.kpi(e.kpiKey())
          .ifPresent(
              k ->
                  text.append('\n')
                      .append(k.name())
                      .append(' ')
                      .append(OfficialDates.fiscalYear(e.fiscalYear(), Locale.JAPANESE))
                      .append(' ')
                      .append(Messages.text(Locale.JAPANESE, e.rating().messageKey()))
                      .append('\n')
                      .append(e.factors())
                      .append('\n')
                      .append(e.response()));
    }
    return text.toString();
  }

  private SearchDocument documentOf(VisionVersion v) {
    CircleProfile circle = currentCircle.profile();
    Set<String> readers = new HashSet<>();
    if (v.isPublic()) {
      readers.add(Readers.PUBLIC);
    } else {
      readers.add(Readers.centralCity(circle.slug()));
      readers.add(Readers.prefecture(circle.slug()));
      for (CommentRound round : repository.rounds(v.id())) {
        readers.add(Readers.staffOf(circle.slug(), round.municipalityCode()));
      }
    }
    String text =
        VisionSections.of(v, circle, Locale.JAPANESE).stream()
            .map(s -> s.heading() + "\n" + s.text())
            .collect(Collectors.joining("\n"));
    boolean adopted = v.status() == VisionStatus.ADOPTED;
    if (adopted) {
      text += evaluationsText(v);
    }
    return Findable.in(circle.slug(), circle.prefectures())
        .document(
            NAME,
            v.id(),
            "",
            SearchKind.VISION,
            adopted ? v.title() : Messages.text(Locale.JAPANESE, "search.hit.draft", v.title()),
            adopted ? v.title() : Messages.text(Locale.ENGLISH, "search.hit.draft", v.title()),
            text,
            "/c/" + circle.slug() + (adopted ? "/vision" : "/vision/versions/" + v.id()),
            adopted ? v.adoptedAt().toLocalDate() : v.createdAt().toLocalDate(),
            readers);
  }
}
