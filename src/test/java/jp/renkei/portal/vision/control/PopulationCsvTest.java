package jp.renkei.portal.vision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The population tables as offices export them, and every bad line rejected with its reason. */
class PopulationCsvTest {

  private static final Set<String> MEMBERS = Set.of("022012", "023035", "023043");
  private static final String TABLE =
      "団体コード,年,総人口,65歳以上人口\n"
          + "022012,2024,\"271,234\",89012\n"
          + "02303,令和6年,１０，５２１,4321\n"
          + "023043,2024年,2301,1201\n";

  private static PopulationCsv.Result read(byte[] bytes) {
    return PopulationCsv.read(bytes, MEMBERS, 1920, 2026);
  }

  @Test
  void utf8WithAndWithoutBomAndShiftJisReadTheSame() {
    byte[] utf8 = TABLE.getBytes(StandardCharsets.UTF_8);
    byte[] bom = ("\uFEFF" + TABLE).getBytes(StandardCharsets.UTF_8);
    byte[] sjis = TABLE.getBytes(Charset.forName("Windows-31J"));
    for (byte[] file : List.of(utf8, bom, sjis)) {
      PopulationCsv.Result r = read(file);
      assertEquals(List.of(), r.rejected(), r.encoding());
      assertEquals(
          List.of(
              new PopulationCsv.Row(2, "022012", 2024, 271_234, 89_012),
              new PopulationCsv.Row(3, "023035", 2024, 10_521, 4_321),
              new PopulationCsv.Row(4, "023043", 2024, 2_301, 1_201)),
          r.accepted(),
          r.encoding());
    }
    assertEquals("Shift_JIS", read(sjis).encoding());
    assertEquals("UTF-8 (BOM)", read(bom).encoding());
  }

  @Test
  void everyBadLineIsRejectedWithItsReasonAndTheGoodOnesKept() {
    String file =
        "022012,2023,270000,88000\n"
            + "022013,2023,1,1\n" // wrong check digit
            + "024015,2023,12000,5000\n" // another circle's municipality
            + "023035,2199,10000,4000\n" // a year out of range
            + "023035,2023,たくさん,4000\n"
            + "023043,2023,2300,2400\n" // more people 65+ than people
            + "022012,2023,270001,88001\n" // the same municipality and year again
            + "023035,2023\n";
    PopulationCsv.Result r = read(file.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, r.accepted().size());
    assertEquals(
        List.of(
            "2 population.reject.code",
            "3 population.reject.not-member",
            "4 population.reject.year",
            "5 population.reject.number",
            "6 population.reject.totals",
            "7 population.reject.duplicate",
            "8 population.reject.columns"),
        r.rejected().stream().map(x -> x.line() + " " + x.reasonKey()).toList());
    assertEquals("1", r.rejected().get(5).detail(), "the duplicate names the first line");
  }

  @Test
  void erasAreConvertedAsOfficialsWriteThem() {
    assertEquals(2019, PopulationCsv.yearOf("令和元年"));
    assertEquals(2015, PopulationCsv.yearOf("平成27年"));
    assertEquals(2020, PopulationCsv.yearOf("R2"));
    assertEquals(null, PopulationCsv.yearOf("二〇二〇"));
  }

  @Test
  void aHundredThousandLinesAreReadAndAnEmptyFileRefused() {
    StringBuilder big = new StringBuilder();
    for (int year = 1926; year < 1926 + 100; year++) {
      for (int i = 0; i < 1000; i++) {
        big.append("022012,").append(year).append(",1000,10\n");
      }
    }
    PopulationCsv.Result r = read(big.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(100, r.accepted().size());
    assertEquals(99_900, r.rejected().size(), "the repeated years are duplicates");
    PopulationCsv.Unreadable empty =
        assertThrows(PopulationCsv.Unreadable.class, () -> read(new byte[0]));
    assertTrue(empty.messageKey().endsWith("empty"));
  }
}
