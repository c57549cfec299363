package jp.renkei.portal.launch;

import java.util.List;

/** The demo accounts of {@code realm-config/renkei-realm.json}, for the banner and the tests. */
public enum DemoLogins {
  AOMORI_MAYOR("aomori-mayor", "central-city-staff", "青森市 (aomori)"),
  HIRANAI_STAFF("hiranai-staff", "partner-staff", "平内町 (aomori)"),
  IMABETSU_STAFF("imabetsu-staff", "partner-staff", "今別町 (aomori)"),
  NOHEJI_STAFF("noheji-staff", "partner-staff", "野辺地町 (mutsuwan)"),
  HIRANAI_COUNCIL("hiranai-council", "council-member", "平内町 (aomori)"),
  HIRANAI_KIKAKU("hiranai-kikaku", "partner-staff", "平内町 (aomori + mutsuwan: two circles)"),
  HACHINOHE_STAFF("hachinohe-staff", "central-city-staff", "八戸市 (mutsuwan, fictional)"),
  NAGANO_MAYOR("nagano-mayor", "central-city-staff", "長野市 (nagano)"),
  SUZAKA_STAFF("suzaka-staff", "partner-staff", "須坂市 (nagano)"),
  MATSUE_MAYOR("matsue-mayor", "central-city-staff", "松江市 (nakaumi, fictional)"),
  YONAGO_MAYOR("yonago-mayor", "central-city-staff", "米子市 (nakaumi: second central city)"),
  YASUGI_STAFF("yasugi-staff", "partner-staff", "安来市 (nakaumi)"),
  ROUNDTABLE_AOMORI("roundtable-aomori", "roundtable-member", "青森 circle roundtable"),
  AOMORI_PREF("aomori-pref", "prefecture-observer", "青森県 (aomori + mutsuwan)"),
  NAGANO_PREF("nagano-pref", "prefecture-observer", "長野県 (nagano)"),
  TOTTORI_PREF("tottori-pref", "prefecture-observer", "鳥取県 (nakaumi)"),
  SHIMANE_PREF("shimane-pref", "prefecture-observer", "島根県 (nakaumi)"),
  OKAYAMA_PREF("okayama-pref", "prefecture-observer", "岡山県 (bingo)"),
  HIROSHIMA_PREF("hiroshima-pref", "prefecture-observer", "広島県 (bingo)"),
  RESIDENT("resident", "resident", "-"),
  ADMIN("admin", "portal-admin", "-");

  public static final String PASSWORD = "demo1234";

  private final String username;
  private final String role;
  private final String where;

  DemoLogins(String username, String role, String where) {
    this.username = username;
    this.role = role;
    this.where = where;
  }

  public String username() {
    return username;
  }

  public String role() {
    return role;
  }

  static List<String> bannerLines() {
    return java.util.Arrays.stream(values())
        .map(l -> String.format("  %-18s %-20s %s", l.username, l.role, l.where))
        .toList();
  }
}
