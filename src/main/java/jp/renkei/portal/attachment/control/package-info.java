/** The tenant-bound repository of attachments and their bytes. */
package jp.renkei.portal.attachment.control;
