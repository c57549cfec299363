/**
 * An opinion, what it is about (kind and id of a document version), the record that a summary was
 * published, and the refusals.
 */
package jp.renkei.portal.feedback.entity;
