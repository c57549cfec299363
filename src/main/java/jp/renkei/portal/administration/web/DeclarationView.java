package jp.renkei.portal.administration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.renkei.portal.administration.boundary.CircleDeclarations;
import jp.renkei.portal.circle.boundary.CircleDeclaration;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.DeclarationCopyLine;
import jp.renkei.portal.circle.boundary.DeclarationFacts;
import jp.renkei.portal.circle.entity.Declaration;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.text.TypedNumbers;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.platform.web.Steps;

/**
 * {@code /c/{slug}/declaration}: the declaration in force and the earlier ones, for everybody; for
 * the central city's staff the form that declares (pre-filled from the declaration in force, or
 * item ⑤ from the recorded commuting ratios) and the one that withdraws it.
 */
@Named
@RequestScoped
public class DeclarationView {

  @Inject CircleDeclarations declarations;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject JapanClock clock;
  @Inject CurrentCircle circle;
  @Inject LanguageSelection language;

  private DeclarationFacts facts;
  private String declaredOn;
  private final String[] items = new String[6];
  private String commutingNote;
  private String withdrawnOn;
  private String reason;
  private boolean prefilled;
  private String cosignedOn;

  public DeclarationFacts getFacts() {
    if (facts == null) {
      facts = declarations.facts();
    }
    return facts;
  }

  public boolean isRuns() {
    return tenant.isCentralCityStaff();
  }

  /**
   * A stateful page for those given a form: the central city's staff, the prefecture's observer.
   */
  public boolean isStateful() {
    return isRuns() || tenant.isPrefectureObserver();
  }

  /** Two cities act jointly as the central city (要綱 第9): they declare in both names. */
  public boolean isJoint() {
    return circle.profile().hasJointCentralCities();
  }

  /** The central cities' names, joined as the notices join them. */
  public String getCentralNames() {
    Locale locale = language.getLocale();
    return String.join(
        Messages.text(locale, "portal.list.separator"),
        circle.profile().centralCities().stream().map(m -> m.nameIn(locale)).toList());
  }

  public String nameOf(String code) {
    return circle.profile().member(code).map(m -> m.nameIn(language.getLocale())).orElse(code);
  }

  /** A failing 第9 condition, naming the city it concerns ({0} the first, {1} the second). */
  public String failureText(String key) {
    Locale locale = language.getLocale();
    var centrals = circle.profile().centralCities();
    return centrals.size() < 2
        ? Messages.text(locale, key)
        : Messages.text(
            locale, key, centrals.get(0).nameIn(locale), centrals.get(1).nameIn(locale));
  }

  public void declare() {
    steps.attempt(
        () -> {
          boolean published =
              declarations.declare(
                  TypedNumbers.date(declaredOn).orElse(null),
                  new Declaration.Items(
                      items[0], items[1], items[2], items[3], items[4], commutingNote, items[5]));
          FacesMessages.doneAndGo(
              published ? "declaration.done.declared" : "declaration.done.awaiting-cosignature",
              tenant.getSlug(),
              "declaration");
        });
  }

  private java.util.List<DeclarationCopyLine> copies;
  private String sentOn;

  /** The copies of the declaration in force (要綱 第7(1)): the register shown to everybody. */
  public java.util.List<DeclarationCopyLine> getCopies() {
    if (copies == null) {
      copies = declarations.copies();
    }
    return copies;
  }

  /** The register's forms: for the central city's staff and the prefecture's observer. */
  public boolean isActsOnCopies() {
    return getCopies().stream().anyMatch(l -> l.mayRecord() || l.mayAcknowledge());
  }

  public String recipientLabel(String recipient) {
    return jp.renkei.portal.platform.localgov.CopyRecipient.label(recipient, language.getLocale());
  }

  public void recordCopy(String recipient) {
    steps.run(
        () -> declarations.recordCopy(recipient, TypedNumbers.date(sentOn).orElse(null)),
        "declaration.done.copy-recorded",
        "declaration");
  }

  public void acknowledgeCopy(long copyId) {
    steps.run(
        () -> declarations.acknowledgeCopy(copyId),
        "declaration.done.copy-acknowledged",
        "declaration");
  }

  public String getSentOn() {
    if (sentOn == null && !FacesContext.getCurrentInstance().isPostback()) {
      sentOn = clock.today().toString();
    }
    return sentOn;
  }

  public void setSentOn(String sentOn) {
    this.sentOn = sentOn;
  }

  /** The other of two joint central cities signs the waiting declaration (要綱 第9: 連名). */
  public void cosign() {
    steps.run(
        () -> declarations.cosign(TypedNumbers.date(cosignedOn).orElse(null)),
        "declaration.done.cosigned",
        "declaration");
  }

  /**
   * The caller may sign the waiting joint declaration: they work for the central city that did not
   * declare it.
   */
  public boolean isMayCosign() {
    CircleDeclaration waiting = getFacts().awaitingCosignature();
    return isRuns() && waiting != null && !tenant.actsFor(waiting.declaredByCode());
  }

  public String getCosignedOn() {
    if (cosignedOn == null && !FacesContext.getCurrentInstance().isPostback()) {
      cosignedOn = clock.today().toString();
    }
    return cosignedOn;
  }

  public void setCosignedOn(String cosignedOn) {
    this.cosignedOn = cosignedOn;
  }

  public void withdraw() {
    steps.run(
        () -> declarations.withdraw(TypedNumbers.date(withdrawnOn).orElse(null), reason),
        "declaration.done.withdrawn",
        "declaration");
  }

  /**
   * On the first showing, the form starts from the declaration in force (a change is a new
   * declaration), or item ⑤ from the neighbours recorded at 0.1 or more.
   */
  private void prefill() {
    if (prefilled || FacesContext.getCurrentInstance().isPostback() || !isRuns()) {
      return;
    }
    prefilled = true;
    CircleDeclaration current = getFacts().inForce();
    if (current != null) {
      Declaration.Items was = current.items();
      items[0] = was.willToLead();
      items[1] = was.population();
      items[2] = was.urbanFunctions();
      items[3] = was.cooperationFields();
      items[4] = was.commutingArea();
      items[5] = was.otherNeighbours();
      commutingNote = was.commutingNote();
    } else {
      items[4] =
          getFacts().atOneTenth().stream()
              .map(r -> r.name() + "（" + r.ratio().toPlainString() + "）")
              .collect(Collectors.joining("、"));
    }
    declaredOn = clock.today().toString();
  }

  public String getDeclaredOn() {
    prefill();
    return declaredOn;
  }

  public void setDeclaredOn(String declaredOn) {
    this.declaredOn = declaredOn;
  }

  // Faces binds #{declarationView.items[0]} … [5] to the declaration's items ①–⑥.
  public String[] getItems() {
    prefill();
    return items;
  }

  public String getCommutingNote() {
    prefill();
    return commutingNote;
  }

  public void setCommutingNote(String commutingNote) {
    this.commutingNote = commutingNote;
  }

  public String getWithdrawnOn() {
    return withdrawnOn;
  }

  public void setWithdrawnOn(String withdrawnOn) {
    this.withdrawnOn = withdrawnOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
