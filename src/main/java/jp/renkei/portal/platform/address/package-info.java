/**
 * Addresses of the portal: a path a request may be sent back to ({@code LocalPath}, never another
 * site), the portal's own absolute address as the browser reaches it ({@code RequestUrls}) and the
 * cookies it sets for that address ({@code PortalCookies}). Below every other platform package; it
 * knows only the servlet API.
 */
package jp.renkei.portal.platform.address;
