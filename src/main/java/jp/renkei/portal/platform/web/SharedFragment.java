package jp.renkei.portal.platform.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;

/**
 * {@code <r:shared key="…">}: renders its children once per key and keeps the markup in {@link
 * SharedFragments}; while it is kept, {@link SharedFragmentHandler} builds no children at all and
 * this writes the kept markup. An empty key renders the children as any other part of the page.
 */
@FacesComponent(SharedFragment.TYPE)
public class SharedFragment extends UIComponentBase {

  public static final String TYPE = "jp.renkei.portal.SharedFragment";

  static final String KEY = "sharedKey";
  static final String KEPT = "sharedMarkup";

  @Override
  public String getFamily() {
    return "jp.renkei.portal";
  }

  @Override
  public boolean getRendersChildren() {
    return true;
  }

  @Override
  public void encodeChildren(FacesContext context) throws IOException {
    ResponseWriter page = context.getResponseWriter();
    page.write(""); // closes a start tag the page may still have open
    String kept = (String) getAttributes().get(KEPT);
    if (kept != null) {
      page.write(kept);
      return;
    }
    String key = (String) getAttributes().get(KEY);
    if (key == null || key.isEmpty()) {
      for (UIComponent child : getChildren()) {
        child.encodeAll(context);
      }
      return;
    }
    StringWriter markup = new StringWriter();
    context.setResponseWriter(page.cloneWithWriter(markup));
    try {
      for (UIComponent child : getChildren()) {
        child.encodeAll(context);
      }
    } finally {
      context.setResponseWriter(page);
    }
    String html = markup.toString();
    SharedFragments.instance().put(key, html);
    page.write(html);
  }
}
