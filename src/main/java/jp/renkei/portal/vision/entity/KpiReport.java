package jp.renkei.portal.vision.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Where a KPI's actual of one fiscal year stands against its deadline: the year not over yet,
 * reported, due (the deadline still ahead) or overdue — the flag the central city and the
 * responsible municipality see.
 *
 * <pre>{@code
 * List<KpiReport> reports = KpiReport.yearsOf(kpi, reportedYears, deadlines::dueOn, today, fy);
 * }</pre>
 *
 * @param fiscalYear the year reported on (named by its April)
 * @param due the day its actual is due
 * @param state where it stands today
 */
public record KpiReport(int fiscalYear, LocalDate due, State state) {

  /** Where a year's report stands. */
  public enum State {
    /** The year has not ended: nothing to report yet. */
    NOT_YET,
    REPORTED,
    /** The year ended and its deadline is ahead. */
    DUE,
    /** The deadline passed without the actual. */
    OVERDUE;

    public String messageKey() {
      return "vision.kpi.report." + name();
    }
  }

  /**
   * A KPI's reports so far: each fiscal year after its baseline year (whose figure is the baseline)
   * up to its target year and the current year.
   *
   * @param reported the years with an actual
   * @param dueOn when a year's actuals are due
   */
  public static List<KpiReport> yearsOf(
      Kpi kpi,
      Set<Integer> reported,
      IntFunction<LocalDate> dueOn,
      LocalDate today,
      int currentFiscalYear) {
    return IntStream.rangeClosed(kpi.baselineYear() + 1, currentFiscalYear)
        .filter(kpi::reportsOn)
        .mapToObj(y -> of(y, dueOn.apply(y), reported.contains(y), today, currentFiscalYear))
        .toList();
  }

  public static KpiReport of(
      int fiscalYear, LocalDate due, boolean reported, LocalDate today, int currentFiscalYear) {
    State state;
    if (reported) {
      state = State.REPORTED;
    } else if (fiscalYear >= currentFiscalYear) {
      state = State.NOT_YET;
    } else if (today.isAfter(due)) {
      state = State.OVERDUE;
    } else {
      state = State.DUE;
    }
    return new KpiReport(fiscalYear, due, state);
  }

  public boolean isOverdue() {
    return state == State.OVERDUE;
  }
}
