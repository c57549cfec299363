/**
 * Who may see and change an agreement ({@code AgreementAccess}), the tenant-bound repository and
 * the clause-by-clause comparison of versions.
 */
package jp.renkei.portal.agreement.control;
