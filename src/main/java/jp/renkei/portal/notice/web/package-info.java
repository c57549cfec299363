/** The notices page and the Atom feed (Rome). */
package jp.renkei.portal.notice.web;
