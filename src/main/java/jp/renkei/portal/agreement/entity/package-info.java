/**
 * The agreement and its versions with their lifecycle rules (each step's gate), clauses,
 * initiatives, resolutions, promulgations, filings and the council comments. No CDI, no queries.
 */
package jp.renkei.portal.agreement.entity;
