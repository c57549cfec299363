package jp.renkei.portal.circle.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jp.renkei.portal.platform.i18n.LocalizedName;
import jp.renkei.portal.platform.localgov.MunicipalityCode;
import jp.renkei.portal.platform.localgov.MunicipalityKind;
import org.junit.jupiter.api.Test;

class CircleTest {

  private static Municipality city(String code, String name) {
    return new Municipality(
        MunicipalityCode.of(code), new LocalizedName(name, name), MunicipalityKind.CITY);
  }

  @Test
  void twoCitiesMayActJointlyAsTheCentralCityButNotThree() {
    Circle circle = new Circle(new CircleSlug("bingo"), new LocalizedName("備後圏域", "Bingo"));
    circle.appointCentralCity(city("022012", "A"));
    circle.appointCentralCity(city("022039", "B"));

    assertThrows(CircleChangeRefused.class, () -> circle.appointCentralCity(city("202011", "C")));
    assertEquals(2, circle.members().size());
  }

  @Test
  void aMunicipalityJoinsACircleOnce() {
    Circle circle = new Circle(new CircleSlug("aomori"), new LocalizedName("青森", "Aomori"));
    circle.appointCentralCity(city("022012", "青森市"));

    assertThrows(CircleChangeRefused.class, () -> circle.admitPartner(city("022012", "青森市")));
  }

  @Test
  void slugsAreShortLowerCaseWords() {
    assertThrows(IllegalArgumentException.class, () -> new CircleSlug("Aomori"));
    assertThrows(IllegalArgumentException.class, () -> new CircleSlug("../x"));
    assertThrows(IllegalArgumentException.class, () -> new CircleSlug("a"));
    assertEquals("nagano-2", new CircleSlug("nagano-2").value());
  }
}
