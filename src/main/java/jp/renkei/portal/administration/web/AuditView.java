package jp.renkei.portal.administration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.renkei.portal.platform.audit.AuditLog;
import jp.renkei.portal.platform.audit.AuditLog.AuditFilter;
import jp.renkei.portal.platform.audit.AuditLog.AuditPage;

/**
 * {@code /admin/audit?circle=aomori&actor=admin&from=2026-11-01&to=2026-11-30&page=2}: the audit
 * log, filtered by circle, person and dates (a plain GET form, so a filtered view can be
 * bookmarked). A date that is not one is ignored, and the form says so.
 */
@Named
@RequestScoped
public class AuditView {

  @Inject AuditLog log;
  @Inject HttpServletRequest request;

  private AuditPage page;
  private boolean badDate;

  public AuditPage getPage() {
    if (page == null) {
      AuditFilter filter = new AuditFilter(text("circle"), text("actor"), date("from"), date("to"));
      page = log.page(filter, number("page"));
    }
    return page;
  }

  public boolean isBadDate() {
    getPage();
    return badDate;
  }

  public String param(String name) {
    String value = request.getParameter(name);
    return value == null ? "" : value;
  }

  private String text(String name) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private LocalDate date(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      badDate = true;
      return null;
    }
  }

  private int number(String name) {
    try {
      return Integer.parseInt(request.getParameter(name));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
