package jp.renkei.portal.platform.text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Cells of a CSV that staff open in Excel, with formula injection neutralised as OWASP recommends:
 * text that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so
 * that {@code =HYPERLINK(…)} typed by a resident stays text. Numbers and dates the portal writes
 * itself pass unchanged; commons-csv quotes what needs quoting.
 *
 * <pre>{@code
 * SpreadsheetCells.printRecord(csv, feedback.id(), feedback.author(), feedback.body());
 * }</pre>
 */
public final class SpreadsheetCells {

  private SpreadsheetCells() {}

  /** The rows of a document, written with {@link #printRecord}. */
  @FunctionalInterface
  public interface Rows {
    void print(CSVPrinter csv) throws IOException;
  }

  /**
   * An open-data CSV document (RFC 4180) with this header row, a byte order mark first when asked
   * (Excel reads UTF-8 only with one).
   */
  public static String document(List<String> header, boolean bom, Rows rows) {
    StringWriter out = new StringWriter();
    if (bom) {
      out.write('\uFEFF');
    }
    try (CSVPrinter csv =
        CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
      rows.print(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes one row, each text cell neutralised. */
  public static void printRecord(CSVPrinter csv, Object... cells) throws IOException {
    csv.printRecord(Arrays.stream(cells).map(SpreadsheetCells::safe).toArray());
  }

  /** The cell as Excel must show it: text, never a formula. */
  public static Object safe(Object cell) {
    if (cell instanceof CharSequence text && startsAFormula(text)) {
      return "'" + text;
    }
    return cell;
  }

  private static boolean startsAFormula(CharSequence text) {
    if (text.isEmpty()) {
      return false;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠' -> true;
      default -> false;
    };
  }
}
