package jp.renkei.portal.platform.print;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A ToUnicode CMap (Adobe technical note 5411) for two-byte glyph codes: which text each code
 * stands for, so that a PDF reader can search and copy it.
 *
 * <pre>{@code
 * byte[] cmap = ToUnicodeCMap.of(Map.of(0x0123, "日"));
 * }</pre>
 */
final class ToUnicodeCMap {

  /** The format allows at most 100 entries per bfchar block. */
  private static final int BLOCK = 100;

  private ToUnicodeCMap() {}

  static byte[] of(Map<Integer, String> codeToText) {
    StringBuilder out = new StringBuilder();
    out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    List<Map.Entry<Integer, String>> entries =
        new ArrayList<>(new TreeMap<>(codeToText).entrySet());
    for (int i = 0; i < entries.size(); i += BLOCK) {
      List<Map.Entry<Integer, String>> block =
          entries.subList(i, Math.min(i + BLOCK, entries.size()));
      out.append(block.size()).append(" beginbfchar\n");
      for (Map.Entry<Integer, String> e : block) {
        out.append(String.format("<%04X> <%s>%n", e.getKey(), utf16Hex(e.getValue())));
      }
      out.append("endbfchar\n");
    }
    out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String utf16Hex(String text) {
    StringBuilder hex = new StringBuilder();
    for (char c : text.toCharArray()) {
      hex.append(String.format("%04X", (int) c));
    }
    return hex.toString();
  }
}
