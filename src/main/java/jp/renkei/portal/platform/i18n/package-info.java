/**
 * Languages (Japanese by default, English), the message bundles, the reader's language choice (a
 * cookie, not a session) and names written in both languages.
 */
package jp.renkei.portal.platform.i18n;
