package jp.renkei.portal.consultation.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.consultation.entity.Choices;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.consultation.entity.SlotProposal;
import jp.renkei.portal.platform.print.PdfPrinter;
import jp.renkei.portal.platform.print.PrintedDocument;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CalendarAndPdfTest {

  private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 14, 0);

  @Test
  void aConfirmedConsultationIsAnEventInJapanTime() throws Exception {
    Consultation c =
        new Consultation(
            1,
            "定期協議；議題, 改行\nあり",
            "目的",
            List.of("023035"),
            List.of(new SlotProposal(START, START.plusMinutes(90), "青森市役所", null)),
            "aomori-mayor",
            START.minusDays(30));
    Field id = c.slots().get(0).getClass().getDeclaredField("id");
    id.setAccessible(true);
    id.set(c.slots().get(0), 7L);
    c.answer("023035", Choices.working(c, 7L), "hiranai-staff", START.minusDays(29));
    c.confirm(7);
    String ics = CalendarExport.of("青森 定期協議", List.of(c), k -> "http://127.0.0.1/c/x");
    assertTrue(ics.contains("DTSTART;TZID=Asia/Tokyo:20261201T140000"), ics);
    assertTrue(ics.contains("BEGIN:VTIMEZONE"), ics);
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    VEvent event = (VEvent) parsed.getComponent("VEVENT").orElseThrow();
    assertTrue(event.getSummary().getValue().contains("改行\nあり"));
    assertTrue(event.getStatus().getValue().equals("CONFIRMED"));
  }

  @Test
  void thePdfCarriesJapaneseTextThatCanBeReadBack() throws Exception {
    String body = "連携中枢都市圏の定期協議。陸奥湾・𠮷野家（外字）。\n二行目の本文です。".repeat(60);
    byte[] pdf =
        PdfPrinter.print(
            new PrintedDocument(
                "定期協議 議事録",
                "令和8年度第1回",
                List.of(new PrintedDocument.Fact("日時", "令和8年12月1日（火）14:00～15:30")),
                List.of(new PrintedDocument.Section("議事の概要", List.of(body))),
                "連携ポータル",
                Locale.JAPANESE));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("定期協議 議事録"), text);
      assertTrue(text.contains("日時：令和8年12月1日（火）14:00～15:30"), text);
      assertTrue(text.contains("二行目の本文です。"), text);
      assertTrue(document.getNumberOfPages() > 1, "long minutes continue on a new page");
    }
  }

  @Test
  void anEnglishPdfJoinsItsFactsAsEnglishWritesThem() throws Exception {
    byte[] pdf =
        PdfPrinter.print(
            new PrintedDocument(
                "Minutes of the consultation",
                "First of 2026",
                List.of(new PrintedDocument.Fact("Date", "1 December 2026, 14:00")),
                List.of(new PrintedDocument.Section("Summary", List.of("One line."))),
                "Renkei Portal",
                Locale.ENGLISH));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Date: 1 December 2026, 14:00"), text);
    }
  }
}
