package jp.renkei.portal.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.consultation.boundary.ConsultationPage;
import jp.renkei.portal.consultation.boundary.Consultations;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.platform.web.Steps;

/**
 * {@code /c/{slug}/consultations?page=2}: the consultations the caller takes part in (all of them
 * for the central city), a page at a time; the central city proposes a new one here.
 */
@Named
@RequestScoped
public class ConsultationListView {

  @Inject Consultations consultations;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject CurrentCircle currentCircle;
  @Inject HttpServletRequest request;

  private ConsultationPage page;
  private String title;
  private String purpose;
  private List<String> partners = new ArrayList<>();
  private final SlotRows slots = new SlotRows();

  public ConsultationPage getPage() {
    if (page == null) {
      page = consultations.page(requestedPage());
    }
    return page;
  }

  private int requestedPage() {
    try {
      return Integer.parseInt(request.getParameter("page"));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  public boolean isMayPropose() {
    return tenant.isCentralCityStaff();
  }

  public List<MemberMunicipality> getCirclePartners() {
    return consultations.partners();
  }

  public String nameOf(String code) {
    return currentCircle
        .profile()
        .member(code)
        .map(
            m ->
                m.nameIn(
                    jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getViewRoot()
                        .getLocale()))
        .orElse(code);
  }

  public void propose() {
    steps.attempt(
        () -> {
          long id = consultations.propose(title, purpose, partners, slots.proposals());
          FacesMessages.doneAndGo(
              "consultation.done.proposed", tenant.getSlug(), "consultations/" + id);
        });
  }

  public SlotRows getSlots() {
    return slots;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public List<String> getPartners() {
    return partners;
  }

  public void setPartners(List<String> partners) {
    this.partners = partners;
  }
}
