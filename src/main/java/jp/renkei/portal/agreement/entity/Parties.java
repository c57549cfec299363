package jp.renkei.portal.agreement.entity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The municipalities an agreement binds — the central city (both, when two act jointly) and the one
 * partner — with the prefectures whose governors receive the filing.
 */
public record Parties(List<String> municipalityCodes, Set<Integer> prefectureCodes) {

  public Parties {
    municipalityCodes = List.copyOf(municipalityCodes);
    prefectureCodes = Set.copyOf(prefectureCodes);
  }

  public boolean includes(String municipalityCode) {
    return municipalityCodes.contains(municipalityCode);
  }

  /** Every filing a concluded version needs: each governor and the Ministry. */
  public Set<String> filingRecipients() {
    Set<String> recipients =
        prefectureCodes.stream().map(Filing::governorOf).collect(Collectors.toSet());
    recipients.add(Filing.MINISTRY);
    return recipients;
  }
}
