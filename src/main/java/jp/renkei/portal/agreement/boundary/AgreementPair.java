package jp.renkei.portal.agreement.boundary;

import jp.renkei.portal.circle.boundary.MemberMunicipality;

/**
 * Two municipalities that may conclude an agreement: a central city and a partner — or, where two
 * cities act jointly (要綱 第9), the two central cities on their roles.
 *
 * @param key how a form names the pair: both codes, central city first
 */
public record AgreementPair(MemberMunicipality central, MemberMunicipality partner) {

  /** Reads a form's key back; null when it is not two codes. */
  static String[] codesOf(String key) {
    String[] codes = key == null ? new String[0] : key.split("-", -1);
    return codes.length == 2 ? codes : null;
  }

  public String key() {
    return central.code() + "-" + partner.code();
  }

  /** True for the two central cities' agreement on their roles (第9). */
  public boolean betweenCentralCities() {
    return partner.isCentralCity();
  }
}
