package jp.renkei.portal.platform.web;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputText;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jp.renkei.portal.platform.i18n.Messages;

/**
 * Every text field's limit, checked on the server with a message that says it: the {@code
 * maxlength} a form declares (standard or pass-through) stops a browser, not a script or a pasted
 * request — without this a 100,000-character title reached the database and came back as
 * "temporarily unavailable". Registered as a default validator in {@code faces-config.xml}, so
 * every text field of every form is checked; {@code TextLimitsTest} makes sure every free-text
 * field declares one.
 *
 * <pre>{@code
 * <h:inputText id="title" value="#{consultationListView.title}" maxlength="200"/>
 * }</pre>
 */
@FacesValidator(TextLimitValidator.ID)
public class TextLimitValidator implements Validator<Object> {

  public static final String ID = "renkei.textLimit";

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (!(value instanceof String text)) {
      return;
    }
    int limit = limitOf(component);
    int length = text.codePointCount(0, text.length());
    if (limit > 0 && length > limit) {
      String label = labelOf(component);
      String message =
          label.isEmpty()
              ? Messages.text(
                  context.getViewRoot().getLocale(), "portal.error.too-long", limit, length)
              : Messages.text(
                  context.getViewRoot().getLocale(),
                  "portal.error.too-long-field",
                  label,
                  limit,
                  length);
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
  }

  /** The field's declared maxlength; 0 when it declares none. */
  static int limitOf(UIComponent component) {
    if (component instanceof HtmlInputText input && input.getMaxlength() > 0) {
      return input.getMaxlength();
    }
    // Null, not empty, when the field has no pass-through attributes at all.
    java.util.Map<String, Object> passThroughs = component.getPassThroughAttributes(false);
    Object passThrough = passThroughs == null ? null : passThroughs.get("maxlength");
    if (passThrough == null && component instanceof HtmlInputTextarea) {
      passThrough = component.getAttributes().get("maxlength");
    }
    if (passThrough instanceof ValueExpression expression) {
      passThrough = expression.getValue(FacesContext.getCurrentInstance().getELContext());
    }
    if (passThrough == null) {
      return 0;
    }
    try {
      return Integer.parseInt(passThrough.toString().strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The text of the field's label (the h:outputLabel for it beside it), or its title. */
  private static String labelOf(UIComponent component) {
    Object label = component.getAttributes().get("label");
    if (label != null) {
      return label.toString();
    }
    if (component.getParent() != null) {
      for (UIComponent sibling : component.getParent().getChildren()) {
        if (sibling instanceof HtmlOutputLabel output
            && component.getId().equals(output.getFor())
            && output.getValue() != null) {
          return output.getValue().toString();
        }
      }
    }
    Object title = component.getAttributes().get("title");
    return title == null ? "" : title.toString();
  }
}
