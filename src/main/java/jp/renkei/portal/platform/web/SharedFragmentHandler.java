package jp.renkei.portal.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import java.io.IOException;

/**
 * Builds {@code <r:shared key="…">}: the key is worked out when the view is built; when markup is
 * kept under it, the children are not built (nothing of them is evaluated), the component writes
 * the markup.
 */
public class SharedFragmentHandler extends ComponentHandler {

  private final TagAttribute key;

  public SharedFragmentHandler(ComponentConfig config) {
    super(config);
    this.key = getRequiredAttribute("key");
  }

  @Override
  public void onComponentCreated(FaceletContext ctx, UIComponent c, UIComponent parent) {
    // The key and the kept markup are set on every build, in applyNextHandler.
  }

  @Override
  public void applyNextHandler(FaceletContext ctx, UIComponent c) throws IOException {
    // A postback rebuilds the view to restore its state: all of it, as when it was first built.
    Object value = ctx.getFacesContext().isPostback() ? null : key.getObject(ctx);
    String k = value == null ? "" : value.toString();
    String kept = k.isEmpty() ? null : SharedFragments.instance().get(k);
    c.getAttributes().put(SharedFragment.KEY, k);
    if (kept != null) {
      c.getAttributes().put(SharedFragment.KEPT, kept);
      c.getChildren().clear();
      return;
    }
    c.getAttributes().remove(SharedFragment.KEPT);
    super.applyNextHandler(ctx, c);
  }
}
