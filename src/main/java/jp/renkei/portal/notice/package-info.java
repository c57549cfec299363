/**
 * A circle's public notices (公表): what the 要綱 says to make public appears here with its date and
 * link, in Japanese and English, on the notices page, the Atom feed and the API.
 */
package jp.renkei.portal.notice;
