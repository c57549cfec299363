/**
 * Who takes part in a consultation ({@code ConsultationAccess}), the tenant-bound repository, the
 * cadence arithmetic, the iCalendar export (ical4j) and the minutes PDF (PDFBox).
 */
package jp.renkei.portal.consultation.control;
