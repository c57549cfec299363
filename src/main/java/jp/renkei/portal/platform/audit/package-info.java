/**
 * The insert-only audit log of administrative changes: who, when, which circle, what, before and
 * after.
 */
package jp.renkei.portal.platform.audit;
