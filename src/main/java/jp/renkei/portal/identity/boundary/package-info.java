/**
 * Entry points over Keycloak: {@code Accounts} (people, groups of a person, roles), {@code Groups}
 * (a circle's groups), {@code Compensation} (undo of Keycloak steps) and {@code GroupDrift} (portal
 * ↔ Keycloak consistency).
 */
package jp.renkei.portal.identity.boundary;
