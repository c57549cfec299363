package jp.renkei.portal.vision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.renkei.portal.platform.localgov.MunicipalityCode;

/**
 * A municipality the central city names for the outcome monitor's comparison group (issue 18.3),
 * beside the neighbours at a commuting ratio of 0.1 or more that did not join: by its code (check
 * digit verified) and its name as the official tables write it.
 */
@Entity
@Table(name = "outcome_comparison")
public class ComparisonMunicipality {

  /** The longest name a column holds. */
  public static final int NAME_MAX = 100;

  @EmbeddedId private Key key;

  @Column(name = "name_ja", nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "named_by", nullable = false, length = 100)
  private String namedBy;

  @Column(name = "named_at", nullable = false)
  private LocalDateTime namedAt;

  protected ComparisonMunicipality() {}

  /** Refused with a message for a code without its check digit or a missing name. */
  public ComparisonMunicipality(
      long circleId, String code, String name, String by, LocalDateTime at) {
    if (!MunicipalityCode.isValid(code == null ? null : code.strip())) {
      throw new VisionRefused("outcome.error.code");
    }
    this.key = new Key(circleId, code.strip());
    this.name = VisionRefused.requiredText(name, NAME_MAX, "outcome.error.name");
    this.namedBy = by;
    this.namedAt = at;
  }

  public String code() {
    return key.code;
  }

  public String name() {
    return name;
  }

  /** Circle and municipality. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "circle_id", nullable = false)
    private long circleId;

    @Column(name = "municipality_code", nullable = false, length = 6)
    private String code;

    protected Key() {}

    Key(long circleId, String code) {
      this.circleId = circleId;
      this.code = code;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.circleId == circleId && k.code.equals(code);
    }

    @Override
    public int hashCode() {
      return Objects.hash(circleId, code);
    }
  }
}
