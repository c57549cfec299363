package jp.renkei.portal.agreement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.agreement.boundary.AgreementRead;
import jp.renkei.portal.agreement.boundary.Agreements;
import jp.renkei.portal.agreement.boundary.ConcurrentEditException;
import jp.renkei.portal.agreement.entity.AgreementRole;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.PolicyField;
import jp.renkei.portal.agreement.entity.Viewpoint;
import jp.renkei.portal.platform.Causes;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.Steps;

/**
 * {@code /c/{slug}/agreements/{id}/edit}: the central city and the partner co-edit the open draft.
 * The version loaded is remembered; a save over somebody else's newer save is refused (optimistic
 * locking) and nothing of either is lost.
 */
@Named
@ViewScoped
public class AgreementEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Agreements agreements;
  @Inject TenantContext tenant;
  @Inject Steps steps;

  private long agreementId;
  private long loadedLockVersion;
  private String partnerName;
  private int versionNumber;
  private TextForm text;
  private List<InitiativeRow> rows;

  @PostConstruct
  void load() {
    agreementId = tenant.getPathId();
    AgreementRead read = agreements.read(agreementId);
    if (!read.mayEdit()) {
      throw new ForbiddenException("edit agreement " + agreementId);
    }
    AgreementVersion draft =
        read.agreement()
            .openVersion()
            .filter(v -> v.status() == jp.renkei.portal.agreement.entity.VersionStatus.DRAFT)
            .orElseThrow(() -> new ForbiddenException("no draft to edit"));
    loadedLockVersion = draft.lockVersion();
    versionNumber = draft.number();
    partnerName =
        read.partner()
            .nameIn(
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    text = TextForm.of(draft.text());
    rows = new ArrayList<>(draft.initiatives().stream().map(InitiativeRow::of).toList());
  }

  public void addRow() {
    rows.add(new InitiativeRow());
  }

  public void removeRow(InitiativeRow row) {
    rows.remove(row);
  }

  public void save() {
    try {
      steps.run(
          () ->
              agreements.saveDraft(
                  agreementId,
                  loadedLockVersion,
                  text.toText(),
                  rows.stream()
                      .filter(r -> !r.isEmpty())
                      .map(InitiativeRow::toInitiative)
                      .toList()),
          "agreement.done.saved",
          "agreements/" + agreementId);
    } catch (TransactionalException e) {
      // A parallel save that got past the version check loses at the commit's optimistic lock.
      if (causedByOptimisticLock(e)) {
        FacesMessages.error(ConcurrentEditException.MESSAGE_KEY);
      } else {
        throw e;
      }
    }
  }

  private static boolean causedByOptimisticLock(Throwable e) {
    return Causes.of(e)
        .anyMatch(
            t ->
                t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof RollbackException);
  }

  /**
   * The 要綱's policy fields for the form's list, grouped under their role and, for ウ, viewpoint ("ウ
   * 生活関連機能サービスの向上 — A 生活機能の強化"), each labelled with its number.
   */
  public List<SelectItem> getFieldGroups() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<SelectItem> groups = new ArrayList<>();
    for (AgreementRole role : AgreementRole.values()) {
      List<Viewpoint> viewpoints =
          role == AgreementRole.LIVING_SERVICES
              ? Arrays.asList(Viewpoint.values())
              : Collections.singletonList(null);
      for (Viewpoint viewpoint : viewpoints) {
        String label = role.mark() + " " + Messages.text(locale, role.messageKey());
        if (viewpoint != null) {
          label += " — " + viewpoint.mark() + " " + Messages.text(locale, viewpoint.messageKey());
        }
        SelectItemGroup group = new SelectItemGroup(label);
        group.setSelectItems(
            PolicyField.under(role, viewpoint).stream()
                .map(f -> new SelectItem(f, f.code() + " " + Messages.text(locale, f.messageKey())))
                .toArray(SelectItem[]::new));
        groups.add(group);
      }
    }
    return groups;
  }

  public TextForm getText() {
    return text;
  }

  public List<InitiativeRow> getRows() {
    return rows;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public long getAgreementId() {
    return agreementId;
  }
}
