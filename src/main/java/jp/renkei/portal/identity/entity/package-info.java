/**
 * What Keycloak's answers mean to the portal: unreachable or refusing, an account that exists
 * already.
 */
package jp.renkei.portal.identity.entity;
