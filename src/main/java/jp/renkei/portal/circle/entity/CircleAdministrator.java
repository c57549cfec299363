package jp.renkei.portal.circle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/** A person of the central city's staff who may administer the people of their circle. */
@Entity
@Table(name = "circle_administrator")
public class CircleAdministrator {

  @EmbeddedId private Key key;

  @Column(name = "granted_by", nullable = false, length = 100)
  private String grantedBy;

  @Column(name = "granted_at", nullable = false)
  private LocalDateTime grantedAt;

  protected CircleAdministrator() {}

  public CircleAdministrator(long circleId, String username, String grantedBy, LocalDateTime at) {
    this.key = new Key(circleId, username);
    this.grantedBy = grantedBy;
    this.grantedAt = at;
  }

  public String username() {
    return key.username;
  }

  public long circleId() {
    return key.circleId;
  }

  public LocalDateTime grantedAt() {
    return grantedAt;
  }

  /** Circle and person. */
  @Embeddable
  public static class Key implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "circle_id")
    private long circleId;

    @Column(name = "username", length = 100)
    private String username;

    protected Key() {}

    public Key(long circleId, String username) {
      this.circleId = circleId;
      this.username = username;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.circleId == circleId && k.username.equals(username);
    }

    @Override
    public int hashCode() {
      return Objects.hash(circleId, username);
    }
  }
}
