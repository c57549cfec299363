/** The files of a document on its page, and their download. */
package jp.renkei.portal.attachment.web;
