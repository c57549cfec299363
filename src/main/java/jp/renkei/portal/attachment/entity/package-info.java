/** Files attached to a circle's documents: the attachment, its bytes and the owner kinds. */
package jp.renkei.portal.attachment.entity;
