/**
 * Sending mail: the portal's SMTP server and sender ({@code MailServer}). What to write and to whom
 * is the contexts' (invitations, notifications).
 */
package jp.renkei.portal.platform.mail;
