package jp.renkei.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages at the top of every page: what was done, what went wrong — and, for an error in a
 * field, a link to that field, where the message stands again ({@link FieldErrors}).
 *
 * <pre>{@code
 * <ui:repeat value="#{messageSummary.entries}" var="m">…</ui:repeat>
 * }</pre>
 */
@Named
@RequestScoped
public class MessageSummary {

  /** One message; {@code fieldId} is the client id of its field, or null for the page. */
  public record Entry(String fieldId, String text, boolean error) {}

  /**
   * Read anew each time: {@code rendered} is asked in every phase, before an action adds its
   * message as well as after.
   */
  public List<Entry> getEntries() {
    return read(FacesContext.getCurrentInstance());
  }

  private static List<Entry> read(FacesContext context) {
    List<Entry> page = new ArrayList<>();
    List<Entry> fields = new ArrayList<>();
    Iterator<String> ids = context.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String clientId = ids.next();
      for (FacesMessage m : context.getMessageList(clientId)) {
        boolean error = m.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0;
        (clientId == null ? page : fields).add(new Entry(clientId, m.getSummary(), error));
      }
    }
    page.addAll(fields);
    return page;
  }
}
