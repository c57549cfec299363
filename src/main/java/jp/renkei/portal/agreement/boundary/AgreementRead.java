package jp.renkei.portal.agreement.boundary;

import java.util.List;
import java.util.Optional;
import jp.renkei.portal.agreement.entity.Agreement;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.Parties;
import jp.renkei.portal.circle.boundary.MemberMunicipality;

/**
 * An agreement as one caller may read it: the versions they may see (drafts only for the two
 * municipalities' staff and councils) and what they may do with it.
 */
public record AgreementRead(
    Agreement agreement,
    MemberMunicipality partner,
    List<MemberMunicipality> centralCities,
    List<AgreementVersion> versions,
    boolean seesDrafts,
    boolean mayEdit,
    boolean runsLifecycle,
    Parties parties,
    java.util.Set<String> acknowledgedPrefectures) {

  /** The version shown unless another is asked for: the newest one the caller may see. */
  public AgreementVersion newest() {
    return versions.get(versions.size() - 1);
  }

  public Optional<AgreementVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  /** The version in force, if any (whatever the caller sees, a concluded version is public). */
  public Optional<AgreementVersion> inForce() {
    return agreement.versionInForce();
  }
}
