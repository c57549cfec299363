package jp.renkei.portal.vision.entity;

import java.util.List;
import java.util.Optional;

/**
 * Names of the vision's sections, as comment rounds, residents' feedback and the differences refer
 * to them: the four fixed items of 第6(3) and one section per initiative ({@code I-3}).
 */
public final class SectionKey {

  /** ① Circle and member names. */
  public static final String NAMES = "NAMES";

  /** ② The future image: projection and targets. */
  public static final String FUTURE = "FUTURE";

  /** ④ The period and the yearly revision. */
  public static final String PERIOD = "PERIOD";

  /** ⑤ The KPIs. */
  public static final String KPI = "KPI";

  /** Sections that concern every partner, whatever the initiatives say. */
  public static final List<String> SHARED = List.of(NAMES, FUTURE, PERIOD, KPI);

  private static final String INITIATIVE_PREFIX = "I-";

  private SectionKey() {}

  public static String initiative(int number) {
    return INITIATIVE_PREFIX + number;
  }

  /** The initiative number a key names, if it names one. */
  public static Optional<Integer> initiativeNumber(String key) {
    if (key == null || !key.startsWith(INITIATIVE_PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(key.substring(INITIATIVE_PREFIX.length())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
