package jp.renkei.portal.it.support;

import jp.renkei.portal.platform.localgov.MunicipalityCode;

/** Municipality codes for tests that add municipalities of their own. */
public final class TestMunicipalities {

  private TestMunicipalities() {}

  /** The five digits with their check digit: {@code withCheckDigit("03201")} → {@code "032018"}. */
  public static String withCheckDigit(String fiveDigits) {
    for (int d = 0; d <= 9; d++) {
      if (MunicipalityCode.isValid(fiveDigits + d)) {
        return fiveDigits + d;
      }
    }
    throw new IllegalArgumentException(fiveDigits);
  }
}
