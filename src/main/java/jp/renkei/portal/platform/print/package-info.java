/**
 * Documents as they are printed: a {@code PrintedDocument} (title, facts, sections) laid out as an
 * A4 PDF by {@code PdfPrinter} with Apache PDFBox and the Japanese font embedded — the minutes, the
 * agreements, the visions and their 意見と考え方.
 */
package jp.renkei.portal.platform.print;
