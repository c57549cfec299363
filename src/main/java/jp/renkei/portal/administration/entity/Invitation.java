package jp.renkei.portal.administration.entity;

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
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * An invitation sent by e-mail: the account waits in Keycloak without a password until the person
 * follows the link and chooses one. Only the token's SHA-256 is kept; it works once, for {@link
 * #VALID_FOR}.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

  public static final Duration VALID_FOR = Duration.ofDays(7);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
  @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "email", nullable = false, length = 200)
  private String email;

  @Column(name = "username", nullable = false, length = 100)
  private String username;

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 40)
  private InvitableRole role;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "invited_by", nullable = false, length = 100)
  private String invitedBy;

  @Column(name = "invited_at", nullable = false)
  private LocalDateTime invitedAt;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(name = "accepted_at")
  private LocalDateTime acceptedAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected Invitation() {}

  public Invitation(
      long circleId,
      String email,
      String username,
      String municipalityCode,
      InvitableRole role,
      String tokenHash,
      String invitedBy,
      LocalDateTime invitedAt) {
    this.circleId = circleId;
    this.email = email;
    this.username = username;
    this.municipalityCode = municipalityCode;
    this.role = role;
    this.tokenHash = tokenHash;
    this.invitedBy = invitedBy;
    this.invitedAt = invitedAt;
    this.expiresAt = invitedAt.plus(VALID_FOR);
  }

  /** Marks the invitation used; refused when it was used before or has expired. */
  public void accept(LocalDateTime now) {
    requireUsable(now);
    acceptedAt = now;
  }

  public void requireUsable(LocalDateTime now) {
    if (acceptedAt != null) {
      throw new AdministrationRefused("invitation.error.used");
    }
    if (now.isAfter(expiresAt)) {
      throw new AdministrationRefused("invitation.error.expired");
    }
  }

  public Long id() {
    return id;
  }

  public long circleId() {
    return circleId;
  }

  public String email() {
    return email;
  }

  public String username() {
    return username;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public InvitableRole role() {
    return role;
  }

  public LocalDateTime expiresAt() {
    return expiresAt;
  }

  public boolean isAccepted() {
    return acceptedAt != null;
  }
}
