/** Readiness: the database answers and its schema is current. */
package jp.renkei.portal.platform.health;
