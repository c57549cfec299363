/**
 * Administering circles and the people in them (issue 6): circles, municipalities, the central
 * city's declaration, commuting ratios and eligibility (要綱 第3–第5) for portal administrators;
 * inviting, creating and removing people for each circle's administrators. Every change that
 * touches Keycloak either completes in both the portal and Keycloak or in neither, and every change
 * is written to the audit log.
 */
package jp.renkei.portal.administration;
