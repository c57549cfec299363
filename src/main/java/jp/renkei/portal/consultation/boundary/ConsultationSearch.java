package jp.renkei.portal.consultation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.consultation.control.ConsultationRepository;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.consultation.entity.Minutes;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.search.boundary.Findable;
import jp.renkei.portal.search.boundary.Readers;
import jp.renkei.portal.search.boundary.SearchSource;
import jp.renkei.portal.search.entity.SearchDocument;
import jp.renkei.portal.search.entity.SearchKind;

/**
 * The circle's consultations, for search, read as their pages are ({@code ConsultationAccess}): a
 * consultation and its minutes in progress by the central city's staff and the staff of the
 * municipalities invited; published minutes by everybody.
 */
@ApplicationScoped
public class ConsultationSearch implements SearchSource {

  static final String NAME = "consultation";

  @Inject ConsultationRepository repository;
  @Inject CurrentCircle currentCircle;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<SearchDocument> all() {
    List<SearchDocument> documents = new ArrayList<>();
    repository.scheduledOrConfirmed().forEach(c -> documents.addAll(documentsOf(c)));
    return documents;
  }

  @Override
  public List<SearchDocument> of(long record) {
    return repository.find(record).map(this::documentsOf).orElse(List.of());
  }

  private List<SearchDocument> documentsOf(Consultation c) {
    CircleProfile circle = currentCircle.profile();
    Findable findable = Findable.in(circle.slug(), circle.prefectures());
    String path = "/c/" + circle.slug() + "/consultations/" + c.id();
    Set<String> parties = new HashSet<>();
    parties.add(Readers.centralCity(circle.slug()));
    c.participants().forEach(p -> parties.add(Readers.staffOf(circle.slug(), p)));
    String agenda =
        repository.agendaOf(c.id()).stream().map(a -> a.title()).collect(Collectors.joining("\n"));
    List<SearchDocument> documents = new ArrayList<>();
    documents.add(
        findable.document(
            NAME,
            c.id(),
            "consultation",
            SearchKind.CONSULTATION,
            c.title(),
            c.title(),
            (c.purpose() == null ? "" : c.purpose()) + "\n" + agenda,
            path,
            c.createdAt().toLocalDate(),
            parties));
    List<Minutes> records = repository.minutesOf(c.id());
    if (!records.isEmpty()) {
      Minutes current = records.get(records.size() - 1);
      Minutes published =
          records.stream().filter(Minutes::isPublished).reduce((a, b) -> b).orElse(null);
      if (published != null) {
        documents.add(minutes(findable, c, published, path, Set.of(Readers.PUBLIC), "published"));
      }
      if (current != published) {
        documents.add(minutes(findable, c, current, path, parties, "current"));
      }
    }
    return documents;
  }

  private static SearchDocument minutes(
      Findable findable, Consultation c, Minutes m, String path, Set<String> readers, String part) {
    return findable.document(
        NAME,
        c.id(),
        part,
        SearchKind.MINUTES,
        Messages.text(Locale.JAPANESE, "search.hit.minutes", c.title()),
        Messages.text(Locale.ENGLISH, "search.hit.minutes", c.title()),
        m.body(),
        path + "/minutes",
        (m.publishedAt() != null ? m.publishedAt() : m.updatedAt()).toLocalDate(),
        readers);
  }
}
