package jp.renkei.portal.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Iterator;
import java.util.Map;

/**
 * Puts a form's errors next to their fields, for every form of the portal without each page saying
 * so: before a page is rendered, every input that has a message gets {@code aria-invalid="true"},
 * an {@code aria-describedby} pointing at its message, and the message itself right after it
 * ({@code <span class="field-error" id="…-error">}). The summary at the top of the page ({@link
 * MessageSummary}) links to each such field. Registered in {@code faces-config.xml} for {@code
 * PreRenderViewEvent}.
 */
public class FieldErrors implements SystemEventListener {

  /** The suffix of the id of a field's message: {@code form:title} → {@code form:title-error}. */
  public static final String SUFFIX = "-error";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }

  @Override
  public void processEvent(SystemEvent event) {
    FacesContext context = FacesContext.getCurrentInstance();
    UIViewRoot root = (UIViewRoot) event.getSource();
    Iterator<String> ids = context.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String clientId = ids.next();
      if (clientId == null) {
        continue;
      }
      UIComponent field = root.findComponent(":" + clientId);
      if (field instanceof UIInput) {
        markInvalid(context, field, clientId);
      }
    }
  }

  private static void markInvalid(FacesContext context, UIComponent field, String clientId) {
    Map<String, Object> passThrough = field.getPassThroughAttributes(true);
    passThrough.put("aria-invalid", "true");
    Object described = passThrough.get("aria-describedby");
    String errorId = clientId + SUFFIX;
    if (described == null || !String.valueOf(described).contains(errorId)) {
      passThrough.put("aria-describedby", described == null ? errorId : described + " " + errorId);
    }
    UIComponent parent = field.getParent();
    String messageId = field.getId() + SUFFIX;
    for (UIComponent sibling : parent.getChildren()) {
      if (messageId.equals(sibling.getId())) {
        return; // shown again after another failed try: the message is already there
      }
    }
    HtmlMessage message = new HtmlMessage();
    message.setId(messageId);
    message.setFor(field.getId());
    message.setStyleClass("field-error");
    message.setShowSummary(true);
    message.setShowDetail(false);
    parent.getChildren().add(parent.getChildren().indexOf(field) + 1, message);
  }
}
