/**
 * Cooperation agreements (連携協約, 要綱 第5) between the central city and one partner: drafting and co-
 * editing, the lifecycle from the residents' notification through the councils, conclusion, 告示 and
 * filings, amendments and abolition as versions, the councils' clause comments and the differences
 * between versions.
 */
package jp.renkei.portal.agreement;
