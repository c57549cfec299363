package jp.renkei.portal.platform.localgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "022012", "023035", "023043", "023051", "023078", "202011", "202070", "202185", "205214",
        "205419", "205435", "205834", "205885", "205907", "022039", "024015", "131016"
      })
  void realCodesAreValid(String code) {
    assertTrue(MunicipalityCode.isValid(code), code);
  }

  @Test
  void checkDigitFollowsTheMinistrysRule() {
    // 青森市 02201: 0·6 + 2·5 + 2·4 + 0·3 + 1·2 = 20; 20 mod 11 = 9; (11 − 9) mod 10 = 2.
    assertEquals(2, MunicipalityCode.checkDigitOf("02201"));
    // A remainder of 0 or 1 gives 11 or 10, which become 1 and 0.
    assertEquals(1, MunicipalityCode.checkDigitOf("00000"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"022013", "02201", "0220120", "02201a", "９２２０１２", "482012", "002012", " 022012x"})
  void wrongDigitsLengthsCharactersAndPrefecturesAreRefused(String code) {
    assertFalse(MunicipalityCode.isValid(code), code);
    assertThrows(InvalidMunicipalityCodeException.class, () -> MunicipalityCode.of(code));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void nothingIsNotACode(String code) {
    assertFalse(MunicipalityCode.isValid(code));
    assertThrows(InvalidMunicipalityCodeException.class, () -> MunicipalityCode.of(code));
  }

  @Test
  void theRefusalSaysWhatWasRefused() {
    var refusal =
        assertThrows(InvalidMunicipalityCodeException.class, () -> MunicipalityCode.of("12345"));
    assertEquals("12345", refusal.rejectedValue());
  }

  @Test
  void thePrefectureIsTheFirstTwoDigits() {
    assertEquals(Prefecture.AOMORI, MunicipalityCode.of("022012").prefecture());
    assertEquals(Prefecture.NAGANO, MunicipalityCode.of("202011").prefecture());
    assertEquals(Prefecture.TOKYO, MunicipalityCode.of(" 131016 ").prefecture());
  }
}
