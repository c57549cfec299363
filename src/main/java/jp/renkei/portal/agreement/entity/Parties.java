package jp.renkei.portal.agreement.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.renkei.portal.platform.localgov.CopyRecipient;

/**
 * The municipalities an agreement binds — the central city (both, when two act jointly) first, the
 * one partner last — with the prefectures they lie in.
 */
public record Parties(List<String> municipalityCodes, Set<Integer> prefectureCodes) {

  public Parties {
    municipalityCodes = List.copyOf(municipalityCodes);
    prefectureCodes = Set.copyOf(prefectureCodes);
  }

  public boolean includes(String municipalityCode) {
    return municipalityCodes.contains(municipalityCode);
  }

  /**
   * Every filing a concluded version needs: each party files with the governor of its own
   * prefecture (地方自治法 252条の2②) — two filings when both lie in one — and the central city sends the
   * Ministry a copy (要綱 第7(2)).
   */
  public List<RequiredFiling> requiredFilings() {
    List<RequiredFiling> required = new ArrayList<>();
    for (String code : municipalityCodes) {
      required.add(new RequiredFiling(code, CopyRecipient.governorOf(code)));
    }
    required.add(new RequiredFiling(municipalityCodes.get(0), Filing.MINISTRY));
    return required;
  }

  /** A filing a version needs: from which party, to whom. */
  public record RequiredFiling(String sender, String recipient) {
    public String key() {
      return Filing.key(sender, recipient);
    }
  }
}
