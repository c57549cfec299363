package jp.renkei.portal.circle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A municipality's place in one circle. The same municipality may be a member of two circles. */
@Entity
@Table(name = "circle_member")
public class CircleMember {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "circle_member_seq")
  @SequenceGenerator(
      name = "circle_member_seq",
      sequenceName = "circle_member_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "circle_id")
  private Circle circle;

  @ManyToOne(optional = false)
  @JoinColumn(name = "municipality_code")
  private Municipality municipality;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 16)
  private CircleRole role;

  protected CircleMember() {}

  CircleMember(Circle circle, Municipality municipality, CircleRole role) {
    this.circle = circle;
    this.municipality = municipality;
    this.role = role;
  }

  public Municipality municipality() {
    return municipality;
  }

  public CircleRole role() {
    return role;
  }
}
