package jp.renkei.portal.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether the request being served only reads: in the portal a GET or HEAD changes nothing (every
 * change is a POST, with its submission token), so within one a document need be read only once
 * however many parts of the page ask for it. Marked by the front controller; outside an HTTP
 * request (a scheduled job, a mail run) and for every POST it stays false.
 */
@RequestScoped
public class ReadOnlyRequest {

  private boolean readOnly;

  public boolean isReadOnly() {
    return readOnly;
  }

  /** Called for a GET or HEAD as it enters the portal. */
  public void markReadOnly() {
    readOnly = true;
  }
}
