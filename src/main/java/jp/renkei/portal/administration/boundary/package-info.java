/**
 * Entry points of the administration: {@code CircleAdministration} (portal administrators: circles,
 * partners, declaration, facts, who administers people), {@code People} (a circle's administrators:
 * invite, create, remove) and {@code Invitations} (the invited person's side). Each step that
 * touches Keycloak registers its undo; every change is audited. Role checks happen here.
 */
package jp.renkei.portal.administration.boundary;
