package jp.renkei.portal.vision.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.portal.platform.localgov.MunicipalityCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the population of member municipalities from a CSV in the shape of the official tables
 * (住民基本台帳 or 国勢調査: code, year, population, people aged 65 and over), as offices export it: UTF-8
 * with or without a byte order mark, or Shift_JIS (Windows-31J); a header line or not; codes of
 * five digits or six with the check digit; years as 2024, 2024年, 令和6年 or 平成27年; figures with
 * thousands separators or full-width digits. Every line is either accepted or rejected with its
 * reason; nothing is written here.
 *
 * <pre>{@code
 * PopulationCsv.Result r = PopulationCsv.read(bytes, Set.of("022012", "023035"), 1920, 2026);
 * r.accepted(); // rows to store
 * r.rejected(); // line numbers with the reason (a message key and its argument)
 * }</pre>
 */
public final class PopulationCsv {

  /** More lines than this are refused as a whole (a table of one circle never has so many). */
  public static final int MAX_LINES = 200_000;

  private static final Charset SHIFT_JIS = Charset.forName("Windows-31J");
  private static final Pattern WESTERN = Pattern.compile("([0-9]{4})年?");
  private static final Pattern ERA = Pattern.compile("(令和|平成|昭和|R|H|S)([0-9]{1,2}|元)年?");

  private PopulationCsv() {}

  /** One accepted line. */
  public record Row(int line, String code, int year, long population, long aged65) {}

  /** One rejected line: its number, why (a message key) and what was wrong with it. */
  public record Rejected(int line, String reasonKey, String detail) {}

  /** What a file holds: the accepted rows, the rejected lines, the encoding it was read in. */
  public record Result(List<Row> accepted, List<Rejected> rejected, String encoding) {}

  /** Thrown when the file as a whole cannot be read: empty, too long, not CSV. */
  public static final class Unreadable extends RuntimeException {
    private final String messageKey;

    Unreadable(String messageKey) {
      super(messageKey);
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  public static Result read(byte[] bytes, Set<String> memberCodes, int firstYear, int lastYear) {
    if (bytes == null || bytes.length == 0) {
      throw new Unreadable("population.error.empty");
    }
    String encoding;
    String text;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      encoding = "UTF-8 (BOM)";
      text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    } else {
      String utf8 = strictUtf8(bytes);
      encoding = utf8 == null ? "Shift_JIS" : "UTF-8";
      text = utf8 == null ? new String(bytes, SHIFT_JIS) : utf8;
    }
    List<CSVRecord> records;
    try {
      records =
          CSVFormat.RFC4180
              .builder()
              .setIgnoreEmptyLines(true)
              .setTrim(true)
              .get()
              .parse(new StringReader(text))
              .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new Unreadable("population.error.not-csv");
    }
    if (records.size() > MAX_LINES) {
      throw new Unreadable("population.error.too-many-lines");
    }
    List<Row> accepted = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      CSVRecord record = records.get(i);
      int line = (int) record.getRecordNumber();
      if (i == 0 && isHeader(record)) {
        continue;
      }
      if (record.size() < 4) {
        rejected.add(
            new Rejected(line, "population.reject.columns", Integer.toString(record.size())));
        continue;
      }
      String code = codeOf(normalised(record.get(0)));
      if (code == null) {
        rejected.add(new Rejected(line, "population.reject.code", record.get(0)));
        continue;
      }
      if (!memberCodes.contains(code)) {
        rejected.add(new Rejected(line, "population.reject.not-member", code));
        continue;
      }
      Integer year = yearOf(normalised(record.get(1)));
      if (year == null || year < firstYear || year > lastYear) {
        rejected.add(new Rejected(line, "population.reject.year", record.get(1)));
        continue;
      }
      Long population = countOf(normalised(record.get(2)));
      Long aged = countOf(normalised(record.get(3)));
      if (population == null || aged == null) {
        rejected.add(
            new Rejected(
                line,
                "population.reject.number",
                population == null ? record.get(2) : record.get(3)));
        continue;
      }
      if (population == 0 || aged > population) {
        rejected.add(new Rejected(line, "population.reject.totals", aged + " / " + population));
        continue;
      }
      Integer first = seen.putIfAbsent(code + "/" + year, line);
      if (first != null) {
        rejected.add(new Rejected(line, "population.reject.duplicate", Integer.toString(first)));
        continue;
      }
      accepted.add(new Row(line, code, year, population, aged));
    }
    return new Result(accepted, rejected, encoding);
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** A first line whose year and population are not figures names the columns. */
  private static boolean isHeader(CSVRecord record) {
    return record.size() >= 3
        && yearOf(normalised(record.get(1))) == null
        && countOf(normalised(record.get(2))) == null;
  }

  /** Full-width digits and letters folded, spaces removed. */
  private static String normalised(String cell) {
    return Normalizer.normalize(cell, Normalizer.Form.NFKC).replace(" ", "").strip();
  }

  private static String codeOf(String cell) {
    if (cell.matches("[0-9]{6}")) {
      return MunicipalityCode.isValid(cell) ? cell : null;
    }
    if (cell.matches("[0-9]{5}")) {
      return MunicipalityCode.ofFiveDigits(cell).value();
    }
    return null;
  }

  static Integer yearOf(String cell) {
    Matcher western = WESTERN.matcher(cell);
    if (western.matches()) {
      return Integer.parseInt(western.group(1));
    }
    Matcher era = ERA.matcher(cell);
    if (era.matches()) {
      int n = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
      return switch (era.group(1)) {
        case "令和", "R" -> 2018 + n;
        case "平成", "H" -> 1988 + n;
        default -> 1925 + n;
      };
    }
    return null;
  }

  private static Long countOf(String cell) {
    String digits = cell.replace(",", "");
    if (!digits.matches("[0-9]{1,12}")) {
      return null;
    }
    return Long.parseLong(digits);
  }
}
