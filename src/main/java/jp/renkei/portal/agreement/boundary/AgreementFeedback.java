package jp.renkei.portal.agreement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.Clause;
import jp.renkei.portal.agreement.entity.VersionStatus;
import jp.renkei.portal.feedback.boundary.CommentedDocument;
import jp.renkei.portal.feedback.boundary.CommentedDocuments;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.platform.i18n.Messages;

/**
 * The agreements' side of the residents' feedback (要綱 第5(3)①): the version of an agreement that was
 * notified to the residents, commented on clause by clause; the central city moderates, the
 * councils and staff of the two municipalities read.
 */
@ApplicationScoped
public class AgreementFeedback implements CommentedDocuments {

  @Inject Agreements agreements;

  @Override
  public FeedbackSubject.Type type() {
    return FeedbackSubject.Type.AGREEMENT_VERSION;
  }

  @Override
  public Optional<CommentedDocument> putToResidents(long agreementId) {
    AgreementRead read = agreements.read(agreementId);
    return read.versions().stream()
        .filter(v -> v.feedbackOpens() != null)
        .max(Comparator.comparingInt(AgreementVersion::number))
        .map(v -> new NotifiedVersion(read, v));
  }

  @Override
  public List<CommentedDocument> openOn(LocalDate today) {
    return agreements.visible().stream()
        .filter(a -> a.status() == VersionStatus.NOTIFICATION)
        .map(a -> putToResidents(a.id()))
        .flatMap(Optional::stream)
        .filter(d -> d.acceptsComments(today))
        .toList();
  }

  @Override
  public boolean moderates(long agreementId) {
    return agreements.read(agreementId).runsLifecycle();
  }

  @Override
  public boolean reads(long agreementId) {
    return agreements.read(agreementId).seesDrafts();
  }

  /** A version notified to the residents, as the feedback workflow sees it. */
  private record NotifiedVersion(AgreementRead read, AgreementVersion version)
      implements CommentedDocument {

    @Override
    public FeedbackSubject subject() {
      return new FeedbackSubject(FeedbackSubject.Type.AGREEMENT_VERSION, version.id());
    }

    @Override
    public String title(Locale locale) {
      return Messages.text(locale, "feedback.document.agreement", read.partner().nameIn(locale));
    }

    @Override
    public LocalDate opens() {
      return version.feedbackOpens();
    }

    @Override
    public LocalDate closes() {
      return version.feedbackCloses();
    }

    @Override
    public boolean acceptsComments(LocalDate today) {
      boolean open =
          read.agreement().openVersion().map(v -> v.number() == version.number()).orElse(false);
      return open && version.isFeedbackOpen(today);
    }

    @Override
    public boolean hasSection(String key) {
      try {
        Clause.valueOf(key);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    @Override
    public String sectionName(String key, Locale locale) {
      return Messages.text(locale, "agreement.clause." + key);
    }

    @Override
    public String pagePath() {
      return "agreements/" + read.agreement().id();
    }

    @Override
    public String moderationPath() {
      return pagePath() + "/feedback";
    }
  }
}
