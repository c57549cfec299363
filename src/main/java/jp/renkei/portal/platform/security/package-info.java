/**
 * Signing in and out with Keycloak (Jakarta Security's OpenID Connect), the caller with the roles
 * and groups of their token, portal roles, same-origin checks and secret tokens.
 */
package jp.renkei.portal.platform.security;
