package jp.renkei.portal.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * The written clauses of an agreement version (要綱 第5(2)), apart from ① the parties, which are the
 * agreement's, and ④ the initiatives, which the version keeps as a list.
 */
@Embeddable
public class AgreementText {

  @Column(name = "purpose", length = 4000)
  private String purpose;

  @Column(name = "basic_policy", length = 4000)
  private String basicPolicy;

  @Column(name = "execution", length = 4000)
  private String execution;

  @Column(name = "consultation_months")
  private Integer consultationMonths;

  @Column(name = "consultation_text", length = 4000)
  private String consultationText;

  @Column(name = "term_text", length = 4000)
  private String termText;

  @Column(name = "termination_clause", nullable = false)
  private boolean terminationClause;

  /** How long after a termination notice the agreement lapses (⑦: 原則として2年). */
  @Column(name = "lapse_years", nullable = false)
  private int lapseYears = DEFAULT_LAPSE_YEARS;

  @Column(name = "disputes", length = 4000)
  private String disputes;

  /** The 要綱's model clause: two years after the notice (第5(2)⑦ 原則として2年). */
  public static final int DEFAULT_LAPSE_YEARS = 2;

  /** The longest lapse period an agreement may set; longer would defeat the notice. */
  public static final int MAX_LAPSE_YEARS = 5;

  protected AgreementText() {}

  public AgreementText(
      String purpose,
      String basicPolicy,
      String execution,
      Integer consultationMonths,
      String consultationText,
      String termText,
      boolean terminationClause,
      int lapseYears,
      String disputes) {
    this.purpose = purpose;
    this.basicPolicy = basicPolicy;
    this.execution = execution;
    this.consultationMonths = consultationMonths;
    this.consultationText = consultationText;
    this.termText = termText;
    this.terminationClause = terminationClause;
    this.lapseYears = lapseYears;
    this.disputes = disputes;
  }

  public static AgreementText empty() {
    return new AgreementText(null, null, null, 12, null, null, true, DEFAULT_LAPSE_YEARS, null);
  }

  /** A copy for a new version: an embeddable belongs to one version only. */
  public AgreementText copy() {
    AgreementText copy = new AgreementText();
    copy.purpose = purpose;
    copy.basicPolicy = basicPolicy;
    copy.execution = execution;
    copy.consultationMonths = consultationMonths;
    copy.consultationText = consultationText;
    copy.termText = termText;
    copy.terminationClause = terminationClause;
    copy.lapseYears = lapseYears;
    copy.disputes = disputes;
    return copy;
  }

  public String purpose() {
    return purpose;
  }

  public String basicPolicy() {
    return basicPolicy;
  }

  public String execution() {
    return execution;
  }

  /** How often the two heads consult at least (⑥), in months; the consultation context reads it. */
  public Integer consultationMonths() {
    return consultationMonths;
  }

  public String consultationText() {
    return consultationText;
  }

  public String termText() {
    return termText;
  }

  /** Whether the agreement lapses two years after one side notifies termination (⑦). */
  public int lapseYears() {
    return lapseYears;
  }

  public boolean terminationClause() {
    return terminationClause;
  }

  public String disputes() {
    return disputes;
  }

  /** The text of one clause, for display and comparison. */
  public String clause(Clause clause) {
    return switch (clause) {
      case PURPOSE -> purpose;
      case BASIC_POLICY -> basicPolicy;
      case EXECUTION -> execution;
      case CONSULTATION -> consultationText;
      case TERM -> termText;
      case DISPUTES -> disputes;
      case PARTIES, INITIATIVES -> throw new IllegalArgumentException(clause + " is not text");
    };
  }

  static List<Clause> textClauses() {
    return List.of(
        Clause.PURPOSE,
        Clause.BASIC_POLICY,
        Clause.EXECUTION,
        Clause.CONSULTATION,
        Clause.TERM,
        Clause.DISPUTES);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
