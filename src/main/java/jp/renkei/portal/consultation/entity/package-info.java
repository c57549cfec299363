/**
 * Consultations with their candidate slots and answers, agenda items and materials (checked by
 * name, size and content), minutes with approvals and comments, action items and calendar feeds,
 * with their rules.
 */
package jp.renkei.portal.consultation.entity;
