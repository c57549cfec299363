/**
 * The inbox's pages: {@code /inbox} (what needs the person's action, what they were told), its
 * preferences, the unsubscribe and follow-confirmation pages a mail links to, the follow form of
 * the public pages, and the portal administrator's list of undeliverable mail.
 */
package jp.renkei.portal.inbox.web;
