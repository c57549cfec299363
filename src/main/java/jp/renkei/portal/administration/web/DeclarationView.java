package jp.renkei.portal.administration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import jp.renkei.portal.administration.boundary.CircleDeclarations;
import jp.renkei.portal.circle.boundary.CircleDeclaration;
import jp.renkei.portal.circle.boundary.DeclarationFacts;
import jp.renkei.portal.circle.entity.Declaration;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.text.TypedNumbers;
import jp.renkei.portal.platform.time.JapanClock;
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

  private DeclarationFacts facts;
  private String declaredOn;
  private final String[] items = new String[6];
  private String commutingNote;
  private String withdrawnOn;
  private String reason;
  private boolean prefilled;

  public DeclarationFacts getFacts() {
    if (facts == null) {
      facts = declarations.facts();
    }
    return facts;
  }

  public boolean isRuns() {
    return tenant.isCentralCityStaff();
  }

  public void declare() {
    steps.run(
        () ->
            declarations.declare(
                TypedNumbers.date(declaredOn).orElse(null),
                new Declaration.Items(
                    items[0], items[1], items[2], items[3], items[4], commutingNote, items[5])),
        "declaration.done.declared",
        "declaration");
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
