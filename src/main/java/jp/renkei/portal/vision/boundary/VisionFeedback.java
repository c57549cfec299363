package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.renkei.portal.feedback.boundary.CommentedDocument;
import jp.renkei.portal.feedback.boundary.CommentedDocuments;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.vision.control.VisionAccess;
import jp.renkei.portal.vision.control.VisionRepository;
import jp.renkei.portal.vision.control.VisionSections;
import jp.renkei.portal.vision.entity.VisionStatus;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * The vision's side of the residents' feedback: a draft the central city opened for public comment,
 * commented on section by section; the central city moderates and answers.
 */
@ApplicationScoped
public class VisionFeedback implements CommentedDocuments {

  @Inject VisionAccess access;
  @Inject VisionRepository repository;

  @Override
  public FeedbackSubject.Type type() {
    return FeedbackSubject.Type.VISION_VERSION;
  }

  @Override
  public Optional<CommentedDocument> putToResidents(long versionId) {
    VisionVersion version = access.readable(versionId);
    return version.commentOpens() == null
        ? Optional.empty()
        : Optional.of(new DraftForComment(version));
  }

  @Override
  public List<CommentedDocument> openOn(LocalDate today) {
    return repository
        .withStatus(VisionStatus.DRAFT)
        .filter(v -> v.isCommentOpen(today))
        .map(v -> List.<CommentedDocument>of(new DraftForComment(v)))
        .orElse(List.of());
  }

  @Override
  public boolean moderates(long versionId) {
    access.readable(versionId);
    return access.runs();
  }

  @Override
  public boolean reads(long versionId) {
    return false;
  }

  /** A draft put to the residents, as the feedback workflow sees it. */
  private record DraftForComment(VisionVersion version) implements CommentedDocument {

    @Override
    public FeedbackSubject subject() {
      return new FeedbackSubject(FeedbackSubject.Type.VISION_VERSION, version.id());
    }

    @Override
    public String title(Locale locale) {
      return Messages.text(locale, "feedback.document.vision", version.title());
    }

    @Override
    public LocalDate opens() {
      return version.commentOpens();
    }

    @Override
    public LocalDate closes() {
      return version.commentCloses();
    }

    @Override
    public boolean acceptsComments(LocalDate today) {
      return version.isDraft() && version.isCommentOpen(today);
    }

    @Override
    public boolean hasSection(String key) {
      return version.hasSection(key);
    }

    @Override
    public String sectionName(String key, Locale locale) {
      return VisionSections.heading(version, key, locale);
    }

    @Override
    public String pagePath() {
      return "vision/versions/" + version.id();
    }

    @Override
    public String moderationPath() {
      return pagePath() + "/feedback";
    }
  }
}
