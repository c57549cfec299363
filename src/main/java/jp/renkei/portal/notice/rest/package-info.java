/** The public JSON API of a circle's notices. */
package jp.renkei.portal.notice.rest;
