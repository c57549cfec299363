/**
 * Entry points: {@code CircleCatalog} (every circle, cached; the tenancy gate's directory), {@code
 * CurrentCircle} (the request's circle for pages and other contexts), {@code CircleRegistry} (the
 * write boundary the administration orchestrates) and the read-only records other contexts receive.
 */
package jp.renkei.portal.circle.boundary;
