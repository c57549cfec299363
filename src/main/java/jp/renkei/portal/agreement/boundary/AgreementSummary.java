package jp.renkei.portal.agreement.boundary;

import java.time.LocalDate;
import jp.renkei.portal.agreement.entity.VersionKind;
import jp.renkei.portal.agreement.entity.VersionStatus;
import jp.renkei.portal.circle.boundary.MemberMunicipality;

/**
 * A line of the agreements list: between whom (the central city matters where two act jointly, 要綱
 * 第9), the newest version this caller may see, its state.
 */
public record AgreementSummary(
    long id,
    MemberMunicipality central,
    MemberMunicipality partner,
    int versionNumber,
    VersionKind kind,
    VersionStatus status,
    LocalDate concludedOn,
    LocalDate lapsesOn,
    boolean abolished) {}
