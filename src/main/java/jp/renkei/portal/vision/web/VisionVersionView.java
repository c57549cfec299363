package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.text.TypedNumbers;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.platform.web.PublicationTimeForm;
import jp.renkei.portal.platform.web.SharedFragments;
import jp.renkei.portal.platform.web.Steps;
import jp.renkei.portal.roundtable.boundary.MeetingSummary;
import jp.renkei.portal.vision.boundary.VisionAdoption;
import jp.renkei.portal.vision.boundary.VisionDrafts;
import jp.renkei.portal.vision.boundary.VisionRead;
import jp.renkei.portal.vision.boundary.Visions;
import jp.renkei.portal.vision.control.VisionSections;
import jp.renkei.portal.vision.entity.CommentRound;
import jp.renkei.portal.vision.entity.VisionRefused;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * {@code /c/{slug}/vision/versions/{id}}: one version of the vision. Everybody who may read it
 * reads the document; the central city also sees where consultation stands and acts on the draft
 * (roundtable deliberation, public comment, redraft, adoption); a partner finds its round; a
 * resident comments while the draft is open for comment.
 */
@Named
@RequestScoped
public class VisionVersionView {

  @Inject Visions visions;
  @Inject VersionOnPage versionOnPage;
  @Inject VisionDrafts drafts;
  @Inject VisionAdoption adoption;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject PublicationTimeForm publicationTime;
  @Inject CurrentCircle currentCircle;
  @Inject LanguageSelection language;
  @Inject jp.renkei.portal.platform.time.JapanClock clock;
  @Inject jp.renkei.portal.vision.boundary.VisionFilings filings;

  private Long meetingId;
  private String closes;
  private String overrideReason;
  private String sentOn;
  private List<jp.renkei.portal.vision.boundary.VisionFilings.Line> copyRegister;
  private VisionVersion sectionsOf;
  private List<VisionSections.Section> sections;
  private Map<String, String> sectionChoices;

  public VisionRead getRead() {
    return versionOnPage.read();
  }

  public VisionVersion getVersion() {
    return getRead().version();
  }

  /**
   * The sections of the version on the page, worked out once per request and version: the page and
   * the residents' form (its choices, each opinion's heading) ask for them many times.
   */
  public List<VisionSections.Section> getSections() {
    VisionVersion version = getVersion();
    if (sectionsOf != version) {
      String shared = getSharedKey();
      // Every reader of a shared page sees the same sections: worked out once per version there.
      sections =
          shared.isEmpty()
              ? sectionsOf(version)
              : SharedFragments.instance().kept(shared + "/sections", () -> sectionsOf(version));
      sectionChoices = null;
      sectionsOf = version;
    }
    return sections;
  }

  private List<VisionSections.Section> sectionsOf(VisionVersion version) {
    return List.copyOf(VisionSections.of(version, currentCircle.profile(), language.getLocale()));
  }

  public String memberNames(jp.renkei.portal.vision.entity.VisionInitiative initiative) {
    return VisionSections.memberNames(initiative, currentCircle.profile(), language.getLocale());
  }

  public String nameOf(String code) {
    return currentCircle
        .profile()
        .member(code)
        .map(m -> m.nameIn(language.getLocale()))
        .orElse(code);
  }

  /** The caller's own round on this draft, for a partner. */
  public CommentRound getMyRound() {
    return getRead().runs() || getRead().rounds().isEmpty() ? null : getRead().rounds().get(0);
  }

  /**
   * The key under which the version's heading, facts and chapters are kept for readers — residents
   * and visitors, who all see them alike — or empty for the central city, the partners in a round
   * and observers, whose page has their own links and forms. It names the version and its lock
   * version, the language and the day.
   */
  public String getSharedKey() {
    VisionRead r = getRead();
    if (r.runs() || !r.rounds().isEmpty() || tenant.getCaller().isSignedIn() && !isResident()) {
      return "";
    }
    VisionVersion v = getVersion();
    return String.join(
        "/",
        "vision",
        Long.toString(v.id()),
        Long.toString(v.lockVersion()),
        language.getLocale().getLanguage(),
        clock.today().toString());
  }

  public boolean isStateful() {
    return tenant.getCaller().isSignedIn();
  }

  public boolean isCommentOpen() {
    return getVersion().isDraft() && getVersion().isCommentOpen(clock.today());
  }

  public boolean isResident() {
    return tenant.hasRole(PortalRole.RESIDENT);
  }

  public List<MeetingSummary> getOpenMeetings() {
    return getRead().runs() && getVersion().isDraft()
        ? adoption.meetingsForDeliberation()
        : List.of();
  }

  /** Missing sign-offs by name, for the gate's message. */
  public String getMissingNames() {
    return getRead().check().missingSignOffs().stream()
        .map(this::nameOf)
        .collect(
            Collectors.joining(
                jp.renkei.portal.platform.i18n.Messages.text(
                    language.getLocale(), "portal.list.separator")));
  }

  /** The draft's sections in the document's order, key → heading, for the residents' form. */
  public Map<String, String> getSectionChoices() {
    List<VisionSections.Section> current = getSections();
    if (sectionChoices == null) {
      sectionChoices =
          current.stream()
              .collect(
                  Collectors.toMap(
                      VisionSections.Section::key,
                      VisionSections.Section::heading,
                      (a, b) -> a,
                      java.util.LinkedHashMap::new));
    }
    return sectionChoices;
  }

  public void recordDeliberation() {
    steps.run(
        () -> {
          if (meetingId == null) {
            throw new VisionRefused("vision.error.meeting-required");
          }
          adoption.recordDeliberation(id(), meetingId);
        },
        "vision.done.deliberation",
        here());
  }

  public void openPublicComment() {
    steps.run(
        () -> adoption.openPublicComment(id(), TypedNumbers.date(closes).orElse(null)),
        "vision.done.comment-opened",
        here());
  }

  public void redraft() {
    long[] next = new long[1];
    steps.run(() -> next[0] = drafts.newDraft(id()), "vision.done.new-draft", "vision/versions");
  }

  /**
   * Adopts the draft — or, where two cities act jointly (要綱 第9), records this city's approval until
   * the other city's adopts it.
   */
  public void adopt() {
    steps.attempt(
        () -> {
          if (adoption.adopt(id(), overrideReason)) {
            FacesMessages.doneAndGo("vision.done.adopted", tenant.getSlug(), "vision");
          } else {
            FacesMessages.doneAndGo("vision.done.approved-jointly", tenant.getSlug(), here());
          }
        });
  }

  /**
   * Where two cities act jointly (要綱 第9): which of them approved the draft as it stands, by name;
   * empty elsewhere.
   */
  public List<String> getJointApprovals() {
    if (!currentCircle.profile().hasJointCentralCities()) {
      return List.of();
    }
    var approved = adoption.jointApprovalsOf(getVersion());
    return currentCircle.profile().centralCities().stream()
        .filter(c -> approved.contains(c.code()))
        .map(c -> c.nameIn(language.getLocale()))
        .toList();
  }

  public String getJointApprovalNames() {
    return String.join(
        jp.renkei.portal.platform.i18n.Messages.text(language.getLocale(), "portal.list.separator"),
        getJointApprovals());
  }

  public boolean isJoint() {
    return currentCircle.profile().hasJointCentralCities();
  }

  /** Prepares the adoption and publication for the date and time typed, or moves it. */
  public void schedulePublication() {
    steps.run(
        () -> adoption.scheduleAdoption(id(), publicationTime.at(), overrideReason),
        "publication.done.scheduled",
        here());
  }

  public void withdrawScheduledPublication() {
    steps.run(() -> adoption.withdrawScheduledAdoption(id()), "publication.done.withdrawn", here());
  }

  /** 第7(3): the copies sent on of an adopted version, with what the caller may do on each. */
  public List<jp.renkei.portal.vision.boundary.VisionFilings.Line> getCopyRegister() {
    if (copyRegister == null) {
      copyRegister = filings.register(id());
    }
    return copyRegister;
  }

  public void recordCopy(String key) {
    steps.run(
        () -> filings.record(id(), key, TypedNumbers.date(sentOn).orElse(null)),
        "vision.done.copy-recorded",
        here());
  }

  public void acknowledgeCopy(long filingId) {
    steps.run(() -> filings.acknowledge(filingId), "vision.done.copy-acknowledged", here());
  }

  /** A recipient as people say it: 青森県知事 / the Ministry. */
  public String recipientLabel(String recipient) {
    return jp.renkei.portal.platform.localgov.CopyRecipient.label(recipient, language.getLocale());
  }

  public String getSentOn() {
    return sentOn;
  }

  public void setSentOn(String sentOn) {
    this.sentOn = sentOn;
  }

  private String here() {
    return "vision/versions/" + id();
  }

  private long id() {
    return tenant.getPathId();
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }

  public String getCloses() {
    return closes;
  }

  public void setCloses(String closes) {
    this.closes = closes;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }
}
