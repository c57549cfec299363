/** The tenant-bound store of opinions and published summaries. */
package jp.renkei.portal.feedback.control;
