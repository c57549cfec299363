package jp.renkei.portal.circle.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.circle.entity.Circle;
import jp.renkei.portal.circle.entity.CircleAdministrator;
import jp.renkei.portal.circle.entity.CommutingRatio;
import jp.renkei.portal.circle.entity.Declaration;
import jp.renkei.portal.circle.entity.DeclarationCopy;
import jp.renkei.portal.circle.entity.Eligibility;
import jp.renkei.portal.circle.entity.JointEligibility;
import jp.renkei.portal.circle.entity.Municipality;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * The register of circles — across circles by nature, it is what the tenants are looked up in — and
 * the facts the portal keeps about the request's circle (its declaration, commuting ratios,
 * eligibility and administrators), bound to the circle of the {@link TenantContext}.
 */
@ApplicationScoped
public class CircleRepository {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** Every circle with its members and their municipalities, in one query. */
  public List<Circle> allWithMembers() {
    return em.createNamedQuery(Circle.ALL_WITH_MEMBERS, Circle.class).getResultList();
  }

  public boolean slugTaken(String slug) {
    return em.createQuery("SELECT COUNT(c) FROM Circle c WHERE c.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getSingleResult()
        > 0;
  }

  /** A municipality of the national register, whichever circles it is in. */
  public Optional<Municipality> municipality(String code) {
    return Optional.ofNullable(em.find(Municipality.class, code));
  }

  /** The request's circle, for a change. */
  public Circle current() {
    return em.find(Circle.class, tenant.circleId());
  }

  public List<Declaration> declarations() {
    return em.createQuery(
            "SELECT d FROM Declaration d WHERE d.circleId = :circle"
                + " ORDER BY d.recordedAt DESC, d.id DESC",
            Declaration.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  public List<CommutingRatio> ratios() {
    return em.createQuery(
            "SELECT r FROM CommutingRatio r WHERE r.key.circleId = :circle ORDER BY r.ratio DESC",
            CommutingRatio.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  public Optional<CommutingRatio> ratio(String code) {
    return ratios().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  public Optional<Eligibility> eligibility() {
    return Optional.ofNullable(em.find(Eligibility.class, tenant.circleId()));
  }

  /** The copies recorded of one of the circle's declarations (要綱 第7(1)). */
  public List<DeclarationCopy> declarationCopies(long declarationId) {
    return em.createQuery(
            "SELECT c FROM DeclarationCopy c, Declaration d WHERE c.declarationId = d.id"
                + " AND d.circleId = :circle AND d.id = :declaration ORDER BY c.id",
            DeclarationCopy.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("declaration", declarationId)
        .getResultList();
  }

  /** The circle's declaration copies no prefecture has acknowledged yet. */
  public List<DeclarationCopy> unacknowledgedDeclarationCopies() {
    return em.createQuery(
            "SELECT c FROM DeclarationCopy c, Declaration d WHERE c.declarationId = d.id"
                + " AND d.circleId = :circle AND c.sent.acknowledgedOn IS NULL ORDER BY c.id",
            DeclarationCopy.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  /** The 第9 facts of a circle whose two cities act jointly as its central city. */
  public Optional<JointEligibility> jointEligibility() {
    return Optional.ofNullable(em.find(JointEligibility.class, tenant.circleId()));
  }

  public List<CircleAdministrator> administrators() {
    return em.createQuery(
            "SELECT a FROM CircleAdministrator a WHERE a.key.circleId = :circle"
                + " ORDER BY a.key.username",
            CircleAdministrator.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  public Optional<CircleAdministrator> administrator(String username) {
    return Optional.ofNullable(
        em.find(
            CircleAdministrator.class, new CircleAdministrator.Key(tenant.circleId(), username)));
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public void flush() {
    em.flush();
  }

  /** Says that the circle directory changed: every instance reloads its copy. */
  public void bumpDirectoryVersion() {
    em.createNativeQuery("UPDATE directory_version SET version = version + 1 WHERE id = 1")
        .executeUpdate();
  }

  /** The directory's version, to notice another instance's change. */
  public long directoryVersion() {
    Object version =
        em.createNativeQuery("SELECT version FROM directory_version WHERE id = 1")
            .getSingleResult();
    return ((Number) version).longValue();
  }
}
