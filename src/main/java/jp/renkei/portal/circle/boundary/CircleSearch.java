package jp.renkei.portal.circle.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.portal.search.boundary.Findable;
import jp.renkei.portal.search.boundary.Readers;
import jp.renkei.portal.search.boundary.SearchSource;
import jp.renkei.portal.search.entity.SearchDocument;
import jp.renkei.portal.search.entity.SearchKind;

/** The circle itself, for search: its names and its members' names and readings, for everybody. */
@ApplicationScoped
public class CircleSearch implements SearchSource {

  static final String NAME = "circle";

  @Inject CurrentCircle currentCircle;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<SearchDocument> all() {
    return List.of(documentOf(currentCircle.profile()));
  }

  @Override
  public List<SearchDocument> of(long record) {
    CircleProfile circle = currentCircle.profile();
    return circle.id() == record ? List.of(documentOf(circle)) : List.of();
  }

  private static SearchDocument documentOf(CircleProfile circle) {
    String members =
        circle.allMembers().stream()
            .map(
                m ->
                    m.name().japanese()
                        + " "
                        + m.name().english()
                        + (m.kana() == null ? "" : " " + m.kana()))
            .collect(Collectors.joining("\n"));
    return Findable.in(circle.slug(), circle.prefectures())
        .document(
            NAME,
            circle.id(),
            "",
            SearchKind.CIRCLE,
            circle.name().japanese(),
            circle.name().english(),
            members,
            "/c/" + circle.slug() + "/",
            null,
            Set.of(Readers.PUBLIC));
  }
}
