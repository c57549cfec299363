package jp.renkei.portal.roundtable.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import jp.renkei.portal.platform.rules.RequiredText;

/**
 * A member of a circle's roundtable: who, from which organisation and sector, for which term. The
 * optional portal username lets the person sign in and see the meetings they belong to.
 */
@Entity
@Table(name = "roundtable_member")
public class RoundtableMember {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roundtable_member_seq")
  @SequenceGenerator(
      name = "roundtable_member_seq",
      sequenceName = "roundtable_member_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "affiliation", nullable = false, length = 200)
  private String affiliation;

  @Enumerated(EnumType.STRING)
  @Column(name = "sector", nullable = false, length = 30)
  private Sector sector;

  @Column(name = "term_start", nullable = false)
  private LocalDate termStart;

  @Column(name = "term_end", nullable = false)
  private LocalDate termEnd;

  @Column(name = "username", length = 100)
  private String username;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected RoundtableMember() {}

  /**
   * An appointment to the roundtable as the central city records it: who, from where, for which
   * sector and term, and the portal username if the member signs in.
   */
  public record Appointment(
      String name,
      String affiliation,
      Sector sector,
      LocalDate termStart,
      LocalDate termEnd,
      String username) {}

  /** Refuses a member without a name, affiliation or sector, or with a term that ends first. */
  public RoundtableMember(long circleId, Appointment appointment) {
    this.circleId = circleId;
    this.name = required(appointment.name(), 100, "roundtable.error.name-required");
    this.affiliation =
        required(appointment.affiliation(), 200, "roundtable.error.affiliation-required");
    if (appointment.sector() == null) {
      throw new RoundtableRefused("roundtable.error.sector-required");
    }
    if (appointment.termStart() == null || appointment.termEnd() == null) {
      throw new RoundtableRefused("roundtable.error.term-required");
    }
    if (appointment.termEnd().isBefore(appointment.termStart())) {
      throw new RoundtableRefused("roundtable.error.term-order");
    }
    this.sector = appointment.sector();
    this.termStart = appointment.termStart();
    this.termEnd = appointment.termEnd();
    String login = appointment.username();
    this.username = login == null || login.isBlank() ? null : login.strip();
  }

  /** The member leaves the roundtable early; the record stays for the meetings they attended. */
  public void endTerm(LocalDate lastDay) {
    if (lastDay == null || lastDay.isBefore(termStart)) {
      throw new RoundtableRefused("roundtable.error.term-order");
    }
    if (lastDay.isAfter(termEnd)) {
      throw new RoundtableRefused("roundtable.error.term-end-later");
    }
    termEnd = lastDay;
  }

  public boolean inTermOn(LocalDate day) {
    return !day.isBefore(termStart) && !day.isAfter(termEnd);
  }

  static String required(String text, int max, String key) {
    return RequiredText.of(
        text,
        max,
        () -> new RoundtableRefused(key),
        () -> new RoundtableRefused("roundtable.error.too-long"));
  }

  public Long id() {
    return id;
  }

  public long circleId() {
    return circleId;
  }

  public String name() {
    return name;
  }

  public String affiliation() {
    return affiliation;
  }

  public Sector sector() {
    return sector;
  }

  public LocalDate termStart() {
    return termStart;
  }

  public LocalDate termEnd() {
    return termEnd;
  }

  public String username() {
    return username;
  }
}
