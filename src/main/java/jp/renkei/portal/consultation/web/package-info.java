/**
 * The consultation pages ({@code webapp/consultation/}) and downloads: list, detail, minutes,
 * cadence, calendar, material, .ics and the private calendar feed.
 */
package jp.renkei.portal.consultation.web;
