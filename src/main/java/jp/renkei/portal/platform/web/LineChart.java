package jp.renkei.portal.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart's Chart.js configuration, which a page puts in a canvas's {@code data-chart}
 * attribute and {@code portal.js} draws: no script in the page, so the content security policy
 * allows none inline. Built with JSON-P, so labels and titles typed by staff are escaped, and the
 * attribute is escaped again by Facelets.
 *
 * <p>Every chart of the portal has the same look: no animation, the canvas's own height, the
 * planned path dashed in blue and the actual figures solid in red, gaps spanned.
 */
public final class LineChart {

  /** The colour of what was planned or compared with. */
  public static final String BLUE = "#1d4e89";

  /** The colour of what happened. */
  public static final String RED = "#b3261e";

  private final List<String> labels = new ArrayList<>();
  private final JsonArrayBuilder datasets = Json.createArrayBuilder();
  private String title;

  private LineChart() {}

  /** A chart with an axis of these labels (years, as the page writes them). */
  public static LineChart over(List<String> labels) {
    LineChart chart = new LineChart();
    chart.labels.addAll(labels);
    return chart;
  }

  public LineChart titled(String text) {
    this.title = text;
    return this;
  }

  /**
   * A line of values, one per label; a null value is a gap the line spans. Dashed lines are what
   * was planned, solid ones what happened.
   */
  public LineChart line(
      String label, List<? extends Number> values, String colour, boolean dashed) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (Number value : values) {
      if (value == null) {
        data.addNull();
      } else if (value instanceof BigDecimal decimal) {
        data.add(decimal);
      } else {
        data.add(value.longValue());
      }
    }
    JsonObjectBuilder set =
        Json.createObjectBuilder()
            .add("label", label)
            .add("data", data)
            .add("borderColor", colour)
            .add("backgroundColor", colour)
            .add("spanGaps", true)
            .add("fill", false);
    if (dashed) {
      set.add("borderDash", Json.createArrayBuilder().add(6).add(4));
    }
    datasets.add(set);
    return this;
  }

  public String json() {
    JsonArrayBuilder axis = Json.createArrayBuilder();
    labels.forEach(axis::add);
    JsonObjectBuilder options =
        Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false);
    if (title != null) {
      options.add(
          "plugins",
          Json.createObjectBuilder()
              .add("title", Json.createObjectBuilder().add("display", true).add("text", title)));
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", axis).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
