/**
 * The portal's side of identity administration: it administers Keycloak through
 * keycloak-admin-client with the service-account client {@code renkei-admin} of {@code
 * realm-config/} (realm-management roles to query and manage users and groups, nothing more). A
 * circle is the Keycloak group {@code /slug}, each member municipality its subgroup {@code
 * /slug/code}; the drift check compares them with the portal's own records and repairs missing
 * groups on request. Every change goes to the audit log.
 */
package jp.renkei.portal.identity;
