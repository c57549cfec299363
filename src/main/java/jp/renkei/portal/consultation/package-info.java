/**
 * Regular mayoral consultations (定期的な首長間の協議, 要綱 第5(2)⑥) of a circle.
 *
 * <ul>
 *   <li>The central city's staff propose a consultation with one or several partners and candidate
 *       slots; each invited partner's office marks the slots that work; the central city confirms
 *       one a partner marked, and may reschedule or cancel with a reason everybody invited sees.
 *   <li>Agenda items with materials (PDF and Office files, checked on the server, kept in the
 *       database so every instance of a cluster serves them).
 *   <li>Minutes drafted by the central city, circulated to the partners, who comment and approve;
 *       final and unchangeable once every party approved the same revision; a correction is a new,
 *       linked record. Final minutes may be published to the notices and download as PDF.
 *   <li>Action items carried to the next consultation until done; a cadence dashboard per partner
 *       from the agreement's consultation clause.
 *   <li>iCalendar per consultation and a private, revocable subscription per person.
 * </ul>
 *
 * <p>Times of day are Japan time ({@code LocalDateTime} in Asia/Tokyo) throughout this context:
 * mayors' diaries are kept in Japan time, and so is every record here.
 *
 * <p>Partners see and act only on consultations their municipality takes part in; council and
 * roundtable members and residents see published minutes only.
 */
package jp.renkei.portal.consultation;
