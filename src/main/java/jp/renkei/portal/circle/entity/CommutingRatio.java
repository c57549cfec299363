package jp.renkei.portal.circle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.renkei.portal.platform.localgov.MunicipalityCode;

/**
 * The share of a neighbour's commuters and students who go to the central city (要綱 第4(2)⑤, 第5(1)).
 * A neighbour at {@link #SHOULD_CONSULT} or more that is not a partner should be consulted; the
 * note says, for everybody to read, why one does not take part (another circle, another 広域連合).
 */
@Entity
@Table(name = "commuting_ratio")
public class CommutingRatio {

  public static final BigDecimal SHOULD_CONSULT = new BigDecimal("0.1");
  public static final int MAX_NOTE = 400;

  @EmbeddedId private Key key;

  @Column(name = "name_ja", nullable = false, length = 100)
  private String name;

  @Column(name = "ratio", nullable = false, precision = 5, scale = 3)
  private BigDecimal ratio;

  @Column(name = "note", length = MAX_NOTE)
  private String note;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected CommutingRatio() {}

  public CommutingRatio(long circleId, MunicipalityCode code, String name) {
    this.key = new Key(circleId, code.value());
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw new CircleChangeRefused("admin.error.name");
    }
    this.name = name.strip();
  }

  /** Records the ratio and the note (optional; replaced by what is given, blank clears it). */
  public void record(BigDecimal value, String note, String by, LocalDateTime at) {
    if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new CircleChangeRefused("admin.error.ratio");
    }
    this.note =
        jp.renkei.portal.platform.rules.RequiredText.optional(
            note, MAX_NOTE, () -> new CircleChangeRefused("admin.error.too-long-at", MAX_NOTE));
    this.ratio = value;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public boolean reachesConsultation() {
    return ratio.compareTo(SHOULD_CONSULT) >= 0;
  }

  public String code() {
    return key.code;
  }

  public String name() {
    return name;
  }

  public BigDecimal ratio() {
    return ratio;
  }

  public String note() {
    return note;
  }

  public LocalDateTime recordedAt() {
    return recordedAt;
  }

  /** Circle and neighbour. */
  @Embeddable
  public static class Key implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "circle_id")
    private long circleId;

    @Column(name = "municipality_code", length = 6)
    private String code;

    protected Key() {}

    Key(long circleId, String code) {
      this.circleId = circleId;
      this.code = code;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.circleId == circleId && k.code.equals(code);
    }

    @Override
    public int hashCode() {
      return Objects.hash(circleId, code);
    }
  }
}
