package jp.renkei.portal.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Forms post back to the address the person sees ({@code /c/aomori/agreements/1}), not to the view
 * file behind it, which the front controller does not serve: the postback goes through the same
 * tenant resolution and access check as the page itself.
 */
public class TenantViewHandler extends ViewHandlerWrapper {

  public TenantViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
    Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    boolean currentView =
        context.getViewRoot() != null && viewId.equals(context.getViewRoot().getViewId());
    if (forwardedFrom instanceof String address && currentView) {
      return address;
    }
    return super.getActionURL(context, viewId);
  }
}
