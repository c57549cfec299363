package jp.renkei.portal.roundtable.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.roundtable.control.RoundtableRepository;
import jp.renkei.portal.roundtable.entity.RoundtableMeeting;
import jp.renkei.portal.search.boundary.Findable;
import jp.renkei.portal.search.boundary.Readers;
import jp.renkei.portal.search.boundary.SearchSource;
import jp.renkei.portal.search.entity.SearchDocument;
import jp.renkei.portal.search.entity.SearchKind;

/** The roundtable's published minutes, for search: everybody reads them once published. */
@ApplicationScoped
public class RoundtableSearch implements SearchSource {

  static final String NAME = "roundtable";

  /** Meetings indexed per circle: years of monthly meetings. */
  static final int MEETINGS = 500;

  @Inject RoundtableRepository repository;
  @Inject CurrentCircle currentCircle;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<SearchDocument> all() {
    return repository.meetings(true, MEETINGS).stream().map(this::documentOf).toList();
  }

  @Override
  public List<SearchDocument> of(long record) {
    return repository
        .meeting(record)
        .filter(RoundtableMeeting::isPublished)
        .map(m -> List.of(documentOf(m)))
        .orElse(List.of());
  }

  private SearchDocument documentOf(RoundtableMeeting m) {
    CircleProfile circle = currentCircle.profile();
    return Findable.in(circle.slug(), circle.prefectures())
        .document(
            NAME,
            m.id(),
            "",
            SearchKind.ROUNDTABLE,
            Messages.text(Locale.JAPANESE, "search.hit.roundtable", m.title()),
            Messages.text(Locale.ENGLISH, "search.hit.roundtable", m.title()),
            (m.agenda() == null ? "" : m.agenda())
                + "\n"
                + (m.minutes() == null ? "" : m.minutes()),
            "/c/" + circle.slug() + "/roundtable/meetings/" + m.id(),
            m.heldAt().toLocalDate(),
            Set.of(Readers.PUBLIC));
  }
}
