package jp.renkei.portal.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.consultation.boundary.Consultations;
import jp.renkei.portal.consultation.control.Cadence.CadenceRow;

/**
 * {@code /c/{slug}/consultations/cadence}: per partner, the last and the next consultation, the
 * interval the agreement sets (or once a year) and whether it is overdue. A partner's staff see
 * their own line only.
 */
@Named
@RequestScoped
public class CadenceView {

  @Inject Consultations consultations;

  private List<CadenceRow> rows;

  public List<CadenceRow> getRows() {
    if (rows == null) {
      rows = consultations.cadence();
    }
    return rows;
  }

  public long getOverdueCount() {
    return getRows().stream().filter(CadenceRow::overdue).count();
  }
}
