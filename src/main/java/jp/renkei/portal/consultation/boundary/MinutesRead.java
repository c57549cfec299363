package jp.renkei.portal.consultation.boundary;

import java.util.List;
import java.util.Optional;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.consultation.entity.Minutes;
import jp.renkei.portal.consultation.entity.MinutesComment;

/**
 * The minutes of a consultation as the caller may see them. The parties see every record with its
 * comments and approvals ({@code shown} is the newest); anybody else sees only the newest published
 * record, without comments.
 */
public record MinutesRead(
    Consultation consultation,
    Optional<Minutes> shown,
    List<Minutes> records,
    List<MinutesComment> comments,
    List<MemberMunicipality> parties,
    boolean runs,
    String party) {

  public boolean isParty() {
    return party != null;
  }

  /** True when the caller may approve the minutes as they stand now. */
  public boolean mayApprove() {
    return shown
        .map(m -> isParty() && m.status().name().equals("CIRCULATED") && !m.approvedBy(party))
        .orElse(false);
  }

  public String nameOf(String code, java.util.Locale locale) {
    return parties.stream()
        .filter(m -> m.code().equals(code))
        .findFirst()
        .map(m -> m.nameIn(locale))
        .orElse(code);
  }
}
