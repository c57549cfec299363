package jp.renkei.portal.it.support;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run on the page a browser shows, for WCAG 2.2 A and AA: with 2.2's tag axe also checks
 * the target size (2.5.8), that a control is big enough, or far enough from the next, for a finger.
 */
public final class Axe {

  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private Axe() {}

  /** The violations on the page, each with its rule, impact and first elements; empty when none. */
  public static String violations(WebDriver driver) {
    List<Rule> violations = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver).getViolations();
    return violations.stream()
        .map(
            v ->
                v.getId()
                    + " ("
                    + v.getImpact()
                    + "): "
                    + v.getHelp()
                    + "\n    "
                    + v.getNodes().stream()
                        .limit(3)
                        .map(n -> n.getTarget() + " " + abbreviated(n.getHtml()))
                        .collect(Collectors.joining("\n    ")))
        .collect(Collectors.joining("\n"));
  }

  private static String abbreviated(String html) {
    return html == null || html.length() <= 160
        ? String.valueOf(html)
        : html.substring(0, 160) + "…";
  }
}
