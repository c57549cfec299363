/**
 * Tenancy in one place: the front controller maps {@code /c/{slug}/…} and {@code /admin/…} to views
 * and checks each page's declared access; the {@code TenantGate} resolves a circle — for pages,
 * downloads and the API alike — into the request's {@code TenantContext}, which the repositories
 * bind every query to. It knows circles only through the {@code TenantDirectory} interface the
 * {@code circle} context implements.
 */
package jp.renkei.portal.platform.tenancy;
