/**
 * The data source (embedded H2 or PostgreSQL from one URL) and the Flyway migrations applied at
 * start-up, with the demo data kept apart.
 */
package jp.renkei.portal.platform.persistence;
