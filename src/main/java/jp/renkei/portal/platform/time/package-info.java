/** Japan's clock (Asia/Tokyo, fiscal years from April) and dates as officials write them (令和). */
package jp.renkei.portal.platform.time;
