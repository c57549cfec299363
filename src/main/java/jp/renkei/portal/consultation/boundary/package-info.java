/**
 * Entry points: {@code Consultations} (scheduling, agenda, materials, action items, cadence),
 * {@code ConsultationMinutes} (minutes agreed by every party, publication, PDF) and {@code
 * CalendarSubscriptions} (private calendar feeds). The caller's place in a consultation is checked
 * here.
 */
package jp.renkei.portal.consultation.boundary;
