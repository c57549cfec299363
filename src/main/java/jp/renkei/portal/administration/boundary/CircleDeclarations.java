package jp.renkei.portal.administration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.circle.boundary.CircleDeclaration;
import jp.renkei.portal.circle.boundary.CircleRegistry;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.DeclarationCopyLine;
import jp.renkei.portal.circle.boundary.DeclarationFacts;
import jp.renkei.portal.circle.entity.Declaration;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.platform.audit.AuditLog;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.OfficialDates;

/**
 * The central city's declaration (要綱 第4) on {@code /c/{slug}/declaration}: its staff declare — only
 * while the city's eligibility (第3) is recorded and met — change it by declaring again, or withdraw
 * it; each is published at once as a notice (第4(4)) and audited. The portal administrator records
 * the eligibility and the commuting ratios the declaration starts from; it does not declare.
 */
@ApplicationScoped
public class CircleDeclarations {

  @Inject TenantContext tenant;
  @Inject CurrentCircle circle;
  @Inject CircleRegistry registry;
  @Inject NoticeBoard notices;
  @Inject AuditLog audit;

  public DeclarationFacts facts() {
    return registry.declarationFacts();
  }

  /**
   * Records the declaration (第4(2) ①–⑥) and publishes it at once as a notice (第4(4)) — where two
   * cities act jointly (第9), once the other city has signed it.
   *
   * @return true when it was published; false when it waits for the other city's signature
   */
  @Transactional
  public boolean declare(LocalDate declaredOn, Declaration.Items items) {
    registry.declare(declaredOn, items);
    boolean joint = circle.profile().hasJointCentralCities();
    if (!joint) {
      publish(declaredOn, items);
    }
    audit.record(
        actor(),
        slug(),
        joint ? "declaration-awaiting-cosignature" : "declaration-published",
        slug(),
        null,
        declaredOn.toString());
    return !joint;
  }

  /**
   * The other of two joint central cities signs the declaration (第9: 連名): it is in force, and
   * published as a notice in both cities' names.
   */
  @Transactional
  public void cosign(LocalDate on) {
    CircleDeclaration signed = registry.cosignDeclaration(on);
    publish(signed.declaredOn(), signed.items());
    audit.record(
        actor(),
        slug(),
        "declaration-cosigned",
        slug(),
        signed.declaredOn().toString(),
        on.toString());
  }

  /** The copies the declaration in force needs (要綱 第7(1)), with what the caller may do. */
  public List<DeclarationCopyLine> copies() {
    return registry.declarationCopies();
  }

  /** The central city records a copy of the declaration sent to a recipient. */
  @Transactional
  public void recordCopy(String recipient, LocalDate sentOn) {
    registry.recordDeclarationCopy(recipient, sentOn);
    audit.record(
        actor(), slug(), "declaration-copy", recipient, null, sentOn == null ? "" : sentOn + "");
  }

  /** The prefecture acknowledges a declaration copy addressed to its governor. */
  @Transactional
  public void acknowledgeCopy(long copyId) {
    registry.acknowledgeDeclarationCopy(copyId);
    audit.record(actor(), slug(), "declaration-copy-acknowledged", "" + copyId, null, null);
  }

  private void publish(LocalDate declaredOn, Declaration.Items items) {
    notices.publish(
        NoticeKind.DECLARATION,
        "declaration",
        locale -> Messages.text(locale, "notice.declaration.title", centralNames(locale)),
        locale -> body(locale, declaredOn, items));
  }

  /** Withdraws the declaration in force (第4(3)) and publishes that at once with the reason. */
  @Transactional
  public void withdraw(LocalDate on, String reason) {
    CircleDeclaration withdrawn = registry.withdrawDeclaration(on, reason);
    notices.publish(
        NoticeKind.DECLARATION,
        "declaration",
        locale -> Messages.text(locale, "notice.declaration-withdrawn.title", centralNames(locale)),
        locale ->
            Messages.text(
                    locale,
                    "notice.declaration-withdrawn.body",
                    OfficialDates.format(withdrawn.declaredOn(), locale),
                    OfficialDates.format(on, locale))
                + "\n\n"
                + clipped(withdrawn.withdrawalReason()));
    audit.record(
        actor(),
        slug(),
        "declaration-withdrawn",
        slug(),
        withdrawn.declaredOn().toString(),
        on.toString());
  }

  private String centralNames(Locale locale) {
    return String.join(
        Messages.text(locale, "portal.list.separator"),
        circle.profile().centralCities().stream().map(m -> m.nameIn(locale)).toList());
  }

  private static String body(Locale locale, LocalDate on, Declaration.Items items) {
    StringBuilder body =
        new StringBuilder(
            Messages.text(locale, "notice.declaration.body", OfficialDates.format(on, locale)));
    String[] texts = {
      items.willToLead(),
      items.population(),
      items.urbanFunctions(),
      items.cooperationFields(),
      items.commutingArea(),
      items.otherNeighbours()
    };
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null && !texts[i].isBlank()) {
        body.append("\n\n")
            .append(Messages.text(locale, "admin.declaration.item" + (i + 1)))
            .append('\n')
            .append(texts[i].strip());
      }
      if (i == 4 && items.commutingNote() != null && !items.commutingNote().isBlank()) {
        body.append('\n').append(items.commutingNote().strip());
      }
    }
    return clipped(body.toString());
  }

  /** A notice's body holds 8,000 characters; the declaration's page holds the whole text. */
  private static String clipped(String text) {
    return text.length() > 8000 ? text.substring(0, 7990) + "…" : text;
  }

  private String slug() {
    return tenant.getSlug();
  }

  private String actor() {
    return tenant.getCaller().username();
  }
}
