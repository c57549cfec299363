/**
 * The connection to Keycloak's admin API as the service account; every failure becomes a {@code
 * KeycloakUnavailable}.
 */
package jp.renkei.portal.identity.control;
