/**
 * Invitations with their one-time link (only its SHA-256 kept), the roles a circle's administrator
 * may give, e-mail addresses as people type them, and the refusals of the administration.
 */
package jp.renkei.portal.administration.entity;
