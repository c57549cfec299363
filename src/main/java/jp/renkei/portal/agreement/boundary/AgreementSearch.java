package jp.renkei.portal.agreement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.renkei.portal.agreement.control.AgreementRepository;
import jp.renkei.portal.agreement.entity.Agreement;
import jp.renkei.portal.agreement.entity.AgreementText;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.Clause;
import jp.renkei.portal.agreement.entity.Initiative;
import jp.renkei.portal.agreement.entity.VersionStatus;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.search.boundary.Findable;
import jp.renkei.portal.search.boundary.Readers;
import jp.renkei.portal.search.boundary.SearchSource;
import jp.renkei.portal.search.entity.SearchDocument;
import jp.renkei.portal.search.entity.SearchKind;

/**
 * The circle's agreements, for search: the newest published version for everybody, and a draft for
 * whom its page shows drafts ({@code AgreementAccess.seesDrafts}): the central city's staff, the
 * partner's staff, the councils of both, and the prefecture observing the circle.
 */
@ApplicationScoped
public class AgreementSearch implements SearchSource {

  static final String NAME = "agreement";

  @Inject Agreements agreements;
  @Inject AgreementRepository repository;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<SearchDocument> all() {
    List<SearchDocument> documents = new ArrayList<>();
    repository.ofCircle().forEach(a -> documents.addAll(documentsOf(a)));
    return documents;
  }

  @Override
  public List<SearchDocument> of(long record) {
    return repository.find(record).map(this::documentsOf).orElse(List.of());
  }

  private List<SearchDocument> documentsOf(Agreement agreement) {
    CircleProfile circle = agreements.circle();
    MemberMunicipality partner = agreements.partnerOf(agreement);
    Findable findable = Findable.in(circle.slug(), circle.prefectures());
    String path = "/c/" + circle.slug() + "/agreements/" + agreement.id();
    MemberMunicipality central = agreements.centralOf(agreement);
    boolean joint = circle.hasJointCentralCities();
    String titleJa = title(Locale.JAPANESE, joint, central, partner);
    String titleEn = title(Locale.ENGLISH, joint, central, partner);
    List<SearchDocument> documents = new ArrayList<>();
    List<AgreementVersion> published = agreement.publicVersions();
    if (!published.isEmpty()) {
      AgreementVersion v = published.get(published.size() - 1);
      documents.add(
          findable.document(
              NAME,
              agreement.id(),
              "public",
              SearchKind.AGREEMENT,
              titleJa,
              titleEn,
              text(v),
              path,
              dateOf(v),
              Set.of(Readers.PUBLIC)));
    }
    AgreementVersion latest = agreement.latest();
    if (latest.status() == VersionStatus.DRAFT) {
      Set<String> readers = new HashSet<>();
      readers.add(Readers.centralCity(circle.slug()));
      readers.add(Readers.staffOf(circle.slug(), partner.code()));
      readers.add(Readers.councilOf(circle.slug(), partner.code()));
      readers.add(Readers.councilOf(circle.slug(), central.code()));
      readers.add(Readers.prefecture(circle.slug()));
      documents.add(
          findable.document(
              NAME,
              agreement.id(),
              "draft",
              SearchKind.AGREEMENT,
              Messages.text(Locale.JAPANESE, "search.hit.draft", titleJa),
              Messages.text(Locale.ENGLISH, "search.hit.draft", titleEn),
              text(latest),
              path,
              latest.createdOn(),
              readers));
    }
    return documents;
  }

  /** "平内町との連携協約"; with joint central cities, which of them concluded it too. */
  private static String title(
      Locale locale, boolean joint, MemberMunicipality central, MemberMunicipality partner) {
    return joint
        ? Messages.text(
            locale, "search.hit.agreement.joint", central.nameIn(locale), partner.nameIn(locale))
        : Messages.text(locale, "search.hit.agreement", partner.nameIn(locale));
  }

  private static String text(AgreementVersion v) {
    AgreementText text = v.text();
    StringBuilder all = new StringBuilder();
    for (Clause clause :
        List.of(
            Clause.PURPOSE,
            Clause.BASIC_POLICY,
            Clause.EXECUTION,
            Clause.CONSULTATION,
            Clause.TERM,
            Clause.DISPUTES)) {
      String clauseText = text.clause(clause);
      if (clauseText != null) {
        all.append(clauseText).append('\n');
      }
    }
    for (Initiative initiative : v.initiatives()) {
      all.append(initiative.asLine()).append('\n');
    }
    return all.toString();
  }

  private static LocalDate dateOf(AgreementVersion v) {
    if (v.concludedOn() != null) {
      return v.concludedOn();
    }
    return v.feedbackOpens() != null ? v.feedbackOpens() : v.createdOn();
  }
}
