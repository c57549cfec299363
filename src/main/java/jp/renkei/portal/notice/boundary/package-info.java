/**
 * {@code NoticeBoard}: publishing a notice (bilingual, from bundle keys) inside the publishing
 * change's transaction, and reading the circle's notices a page at a time.
 */
package jp.renkei.portal.notice.boundary;
