package jp.renkei.portal.consultation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.renkei.portal.consultation.boundary.Consultations;
import jp.renkei.portal.consultation.control.CalendarExport;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.platform.address.RequestUrls;
import jp.renkei.portal.platform.tenancy.CircleServlet;

/**
 * {@code /c/{slug}/consultations/{id}.ics}: one confirmed (or cancelled) consultation as an
 * iCalendar file, for those taking part. Reached only through the front controller.
 */
@WebServlet("/exports/consultation-ics")
public class ConsultationCalendarServlet extends CircleServlet {

  @Inject Consultations consultations;

  @Override
  protected void respond(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Consultation consultation = consultations.forCalendar(tenant.getPathId());
    String page = RequestUrls.base(request) + "/c/" + tenant.getSlug() + "/consultations/";
    byte[] ics =
        CalendarExport.of(consultation.title(), List.of(consultation), c -> page + c.id())
            .getBytes(StandardCharsets.UTF_8);
    sendPrivately(
        response,
        CalendarExport.MEDIA_TYPE,
        "attachment; filename=\"consultation-" + consultation.id() + ".ics\"",
        ics);
  }
}
