/**
 * Files people upload — consultation materials, attachments of agreements, visions and notices —
 * checked on the server by name, size and content ({@code CheckedFile}, {@code FileType}) before
 * anything is kept.
 */
package jp.renkei.portal.platform.files;
