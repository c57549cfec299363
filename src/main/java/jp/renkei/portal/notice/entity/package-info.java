/** A notice and its kinds. */
package jp.renkei.portal.notice.entity;
