package jp.renkei.portal.circle.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.renkei.portal.platform.i18n.LocalizedName;
import jp.renkei.portal.platform.localgov.MunicipalityCode;

/**
 * A 連携中枢都市圏: one central city (or two acting jointly) and the partners that signed an agreement
 * with it. Each circle is one tenant of the portal, addressed by its slug.
 */
@Entity
@Table(name = "circle")
@NamedQuery(
    name = Circle.ALL_WITH_MEMBERS,
    query =
        "SELECT DISTINCT c FROM Circle c LEFT JOIN FETCH c.members m LEFT JOIN FETCH m.municipality"
            + " ORDER BY c.id")
public class Circle {

  public static final String ALL_WITH_MEMBERS = "Circle.allWithMembers";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "circle_seq")
  @SequenceGenerator(name = "circle_seq", sequenceName = "circle_seq", allocationSize = 1)
  private Long id;

  @Column(name = "slug", nullable = false, unique = true, length = 40)
  private String slug;

  @Embedded private LocalizedName name;

  @OneToMany(mappedBy = "circle", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<CircleMember> members = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Circle() {}

  public Circle(CircleSlug slug, LocalizedName name) {
    this.slug = slug.value();
    this.name = name;
  }

  /** Records a municipality as the central city, or one of two acting jointly (要綱 第9). */
  public void appointCentralCity(Municipality municipality) {
    long centrals = members.stream().filter(m -> m.role() == CircleRole.CENTRAL_CITY).count();
    if (centrals >= 2) {
      throw new CircleChangeRefused("admin.error.two-central-cities");
    }
    join(municipality, CircleRole.CENTRAL_CITY);
  }

  /** Records a partner municipality that concluded an agreement with the central city. */
  public void admitPartner(Municipality municipality) {
    join(municipality, CircleRole.PARTNER);
  }

  /** Removes a partner; the central city cannot be removed (the circle is built around it). */
  public void removePartner(MunicipalityCode code) {
    CircleMember member =
        members.stream()
            .filter(m -> m.municipality().code().equals(code))
            .findFirst()
            .orElseThrow(() -> new CircleChangeRefused("admin.error.not-a-member"));
    if (member.role() == CircleRole.CENTRAL_CITY) {
      throw new CircleChangeRefused("admin.error.central-city");
    }
    members.remove(member);
  }

  public boolean hasMember(MunicipalityCode code) {
    return members.stream().anyMatch(m -> m.municipality().code().equals(code));
  }

  private void join(Municipality municipality, CircleRole role) {
    boolean already =
        members.stream().anyMatch(m -> m.municipality().code().equals(municipality.code()));
    if (already) {
      throw new CircleChangeRefused("admin.error.already-member");
    }
    members.add(new CircleMember(this, municipality, role));
  }

  public Long id() {
    return id;
  }

  public CircleSlug slug() {
    return new CircleSlug(slug);
  }

  public LocalizedName name() {
    return name;
  }

  public List<CircleMember> members() {
    return Collections.unmodifiableList(members);
  }
}
