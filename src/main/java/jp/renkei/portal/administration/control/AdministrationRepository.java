package jp.renkei.portal.administration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.administration.entity.Invitation;
import jp.renkei.portal.circle.entity.Circle;
import jp.renkei.portal.circle.entity.CircleAdministrator;
import jp.renkei.portal.circle.entity.CommutingRatio;
import jp.renkei.portal.circle.entity.Declaration;
import jp.renkei.portal.circle.entity.Eligibility;
import jp.renkei.portal.circle.entity.Municipality;

/** What the administration reads and writes: circles as entities, their facts, people's rights. */
@ApplicationScoped
public class AdministrationRepository {

  @PersistenceContext EntityManager em;

  public Optional<Circle> circle(long id) {
    return Optional.ofNullable(em.find(Circle.class, id));
  }

  public boolean slugTaken(String slug) {
    return em.createQuery("SELECT COUNT(c) FROM Circle c WHERE c.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getSingleResult()
        > 0;
  }

  public Optional<Municipality> municipality(String code) {
    return Optional.ofNullable(em.find(Municipality.class, code));
  }

  public List<Declaration> declarations(long circleId) {
    return em.createQuery(
            "SELECT d FROM Declaration d WHERE d.circleId = :circle ORDER BY d.recordedAt DESC",
            Declaration.class)
        .setParameter("circle", circleId)
        .getResultList();
  }

  public List<CommutingRatio> ratios(long circleId) {
    return em.createQuery(
            "SELECT r FROM CommutingRatio r WHERE r.key.circleId = :circle ORDER BY r.ratio DESC",
            CommutingRatio.class)
        .setParameter("circle", circleId)
        .getResultList();
  }

  public Optional<CommutingRatio> ratio(long circleId, String code) {
    return ratios(circleId).stream().filter(r -> r.code().equals(code)).findFirst();
  }

  public Optional<Eligibility> eligibility(long circleId) {
    return Optional.ofNullable(em.find(Eligibility.class, circleId));
  }

  public List<CircleAdministrator> administrators(long circleId) {
    return em.createQuery(
            "SELECT a FROM CircleAdministrator a WHERE a.key.circleId = :circle"
                + " ORDER BY a.key.username",
            CircleAdministrator.class)
        .setParameter("circle", circleId)
        .getResultList();
  }

  public Optional<CircleAdministrator> administrator(long circleId, String username) {
    return Optional.ofNullable(
        em.find(CircleAdministrator.class, new CircleAdministrator.Key(circleId, username)));
  }

  public Optional<Invitation> invitationByTokenHash(String hash) {
    return em.createQuery("SELECT i FROM Invitation i WHERE i.tokenHash = :hash", Invitation.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  public List<Invitation> openInvitations(long circleId) {
    return em.createQuery(
            "SELECT i FROM Invitation i WHERE i.circleId = :circle AND i.acceptedAt IS NULL"
                + " ORDER BY i.invitedAt DESC",
            Invitation.class)
        .setParameter("circle", circleId)
        .getResultList();
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
}
