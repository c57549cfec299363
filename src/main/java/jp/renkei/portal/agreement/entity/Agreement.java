package jp.renkei.portal.agreement.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/**
 * A cooperation agreement (連携協約) between a circle's central city and ONE partner (要綱 第5). Where two
 * cities act jointly as the central city (第9), each neighbour has one with each of them, and the
 * two have one between themselves on their roles: the agreement names its central city. It keeps
 * every version: the first conclusion, each amendment (変更) and the abolition (廃止), each through the
 * same steps.
 */
@Entity
@Table(name = "agreement")
@NamedQuery(
    name = Agreement.ONE_WITH_VERSIONS,
    query =
        "SELECT DISTINCT a FROM Agreement a LEFT JOIN FETCH a.versions"
            + " WHERE a.id = :id AND a.circleId = :circle",
    // Declared here rather than set on each query: EclipseLink prepares a named query once, while
    // hints set on a query make it prepare the query (and its batches) again on every execution.
    hints = {
      @QueryHint(name = QueryHints.BATCH_TYPE, value = "IN"),
      @QueryHint(name = QueryHints.BATCH, value = "a.versions.initiatives"),
      @QueryHint(name = QueryHints.BATCH, value = "a.versions.resolutions"),
      @QueryHint(name = QueryHints.BATCH, value = "a.versions.promulgations"),
      @QueryHint(name = QueryHints.BATCH, value = "a.versions.filings")
    })
public class Agreement {

  /**
   * One agreement of a circle ({@code :id}, {@code :circle}) with its versions, their initiatives
   * and record lines batched, as {@code AgreementRepository.ofCircle} reads them all.
   */
  public static final String ONE_WITH_VERSIONS = "Agreement.oneWithVersions";

  private static final Comparator<AgreementVersion> BY_NUMBER =
      Comparator.comparingInt(AgreementVersion::number);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
  @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "central_code", nullable = false, length = 6)
  private String centralCode;

  @Column(name = "partner_code", nullable = false, length = 6)
  private String partnerCode;

  @Column(name = "created_on", nullable = false)
  private LocalDate createdOn;

  @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<AgreementVersion> versions = new ArrayList<>();

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  protected Agreement() {}

  /**
   * Starts an agreement between a central city and a partner (or, 第9, the other central city): its
   * first version is an empty draft.
   */
  public Agreement(long circleId, String centralCode, String partnerCode, LocalDate today) {
    if (centralCode.equals(partnerCode)) {
      throw new LifecycleViolation("agreement.error.not-a-partner");
    }
    this.circleId = circleId;
    this.centralCode = centralCode;
    this.partnerCode = partnerCode;
    this.createdOn = today;
    versions.add(
        new AgreementVersion(
            this, 1, VersionKind.CONCLUSION, AgreementText.empty(), List.of(), today));
  }

  /** Opens an amendment (変更): a new draft starting from the version in force. */
  public AgreementVersion startAmendment(LocalDate today) {
    return startFromVersionInForce(VersionKind.AMENDMENT, today);
  }

  /** Opens the abolition (廃止), which goes through the same steps as a conclusion. */
  public AgreementVersion startAbolition(LocalDate today) {
    return startFromVersionInForce(VersionKind.ABOLITION, today);
  }

  private AgreementVersion startFromVersionInForce(VersionKind kind, LocalDate today) {
    AgreementVersion inForce =
        versionInForce().orElseThrow(() -> new LifecycleViolation("agreement.error.not-in-force"));
    if (openVersion().isPresent()) {
      throw new LifecycleViolation("agreement.error.open-version-exists");
    }
    AgreementVersion next =
        new AgreementVersion(
            this, latest().number() + 1, kind, inForce.text().copy(), inForce.initiatives(), today);
    versions.add(next);
    return next;
  }

  /** The newest concluded version, unless the agreement was abolished or has lapsed (失効). */
  public Optional<AgreementVersion> versionInForce() {
    return versions.stream()
        .filter(v -> v.status().isConcluded())
        .max(BY_NUMBER)
        .filter(v -> v.kind() != VersionKind.ABOLITION && !v.isLapsed());
  }

  /** True once a termination notice took effect (要綱 第5(2)⑦). */
  public boolean isLapsed() {
    return versions.stream().anyMatch(AgreementVersion::isLapsed);
  }

  /** The day the agreement ceased to be in force after a termination notice, if it did. */
  public Optional<LocalDate> lapsedOn() {
    return versions.stream()
        .filter(AgreementVersion::isLapsed)
        .map(AgreementVersion::lapsedOn)
        .findFirst();
  }

  /** True once an abolition has been concluded. */
  public boolean isAbolished() {
    return versions.stream()
        .anyMatch(v -> v.kind() == VersionKind.ABOLITION && v.status().isConcluded());
  }

  /** The version still going through its steps (a draft, before residents, before councils). */
  public Optional<AgreementVersion> openVersion() {
    return versions.stream().filter(v -> !v.status().isConcluded()).findFirst();
  }

  public AgreementVersion latest() {
    return versions.stream().max(BY_NUMBER).orElseThrow();
  }

  /** The versions anybody may read: all but a draft that has not gone to the residents. */
  public List<AgreementVersion> publicVersions() {
    return versions().stream().filter(v -> v.status().isPublic()).toList();
  }

  public Optional<AgreementVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  public boolean isPublic() {
    return !publicVersions().isEmpty();
  }

  public Long id() {
    return id;
  }

  public long circleId() {
    return circleId;
  }

  /** The central city that is a party: the circle's only one, or one of two acting jointly. */
  public String centralCode() {
    return centralCode;
  }

  public String partnerCode() {
    return partnerCode;
  }

  public LocalDate createdOn() {
    return createdOn;
  }

  /**
   * The versions by number. A query that fetches them with the agreement may return them in any
   * order, whatever the mapping's {@code @OrderBy} says.
   */
  public List<AgreementVersion> versions() {
    return versions.stream().sorted(BY_NUMBER).toList();
  }

  public long lockVersion() {
    return lockVersion;
  }
}
