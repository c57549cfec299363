package jp.renkei.portal.circle.boundary;

import java.util.Map;
import java.util.Set;

/**
 * What makes a member of a circle a partner (連携市町村): a cooperation agreement in force with the
 * central city (要綱 第6(1), 第5(1)) — never a flag set by hand. The agreements context answers it; the
 * circle context asks, so that the public home, the API and the vision name only real partners.
 */
public interface PartnerAgreements {

  /**
   * By circle id and municipality code, the central cities with which that municipality has an
   * agreement in force today — one, or each of two acting jointly (要綱 第9), for a partner.
   * Agreements in force are public, so the answer may be shown to anybody.
   */
  Map<Long, Map<String, Set<String>>> inForceByCircle();

  /**
   * True when the request's circle has an agreement with this municipality that has not been
   * abolished: a draft being negotiated or one in force. Such a municipality cannot leave the
   * circle.
   */
  boolean bindsInCurrentCircle(String municipalityCode);
}
