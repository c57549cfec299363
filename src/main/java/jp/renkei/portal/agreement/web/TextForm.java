package jp.renkei.portal.agreement.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import jp.renkei.portal.agreement.entity.AgreementText;

/** The editable clauses of a draft, as the form holds them. */
public class TextForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 4000)
  private String purpose;

  @Size(max = 4000)
  private String basicPolicy;

  @Size(max = 4000)
  private String execution;

  @Min(1)
  @Max(60)
  private Integer consultationMonths;

  @Size(max = 4000)
  private String consultationText;

  @Size(max = 4000)
  private String termText;

  private boolean terminationClause;

  @Min(1)
  @Max(AgreementText.MAX_LAPSE_YEARS)
  private Integer lapseYears;

  @Size(max = 4000)
  private String disputes;

  static TextForm of(AgreementText t) {
    TextForm f = new TextForm();
    f.purpose = t.purpose();
    f.basicPolicy = t.basicPolicy();
    f.execution = t.execution();
    f.consultationMonths = t.consultationMonths();
    f.consultationText = t.consultationText();
    f.termText = t.termText();
    f.terminationClause = t.terminationClause();
    f.lapseYears = t.lapseYears();
    f.disputes = t.disputes();
    return f;
  }

  AgreementText toText() {
    return new AgreementText(
        purpose,
        basicPolicy,
        execution,
        consultationMonths,
        consultationText,
        termText,
        terminationClause,
        lapseYears == null ? AgreementText.DEFAULT_LAPSE_YEARS : lapseYears,
        disputes);
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getBasicPolicy() {
    return basicPolicy;
  }

  public void setBasicPolicy(String basicPolicy) {
    this.basicPolicy = basicPolicy;
  }

  public String getExecution() {
    return execution;
  }

  public void setExecution(String execution) {
    this.execution = execution;
  }

  public Integer getConsultationMonths() {
    return consultationMonths;
  }

  public void setConsultationMonths(Integer consultationMonths) {
    this.consultationMonths = consultationMonths;
  }

  public String getConsultationText() {
    return consultationText;
  }

  public void setConsultationText(String consultationText) {
    this.consultationText = consultationText;
  }

  public String getTermText() {
    return termText;
  }

  public void setTermText(String termText) {
    this.termText = termText;
  }

  public Integer getLapseYears() {
    return lapseYears;
  }

  public void setLapseYears(Integer lapseYears) {
    this.lapseYears = lapseYears;
  }

  public boolean isTerminationClause() {
    return terminationClause;
  }

  public void setTerminationClause(boolean terminationClause) {
    this.terminationClause = terminationClause;
  }

  public String getDisputes() {
    return disputes;
  }

  public void setDisputes(String disputes) {
    this.disputes = disputes;
  }
}
