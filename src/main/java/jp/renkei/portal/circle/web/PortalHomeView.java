package jp.renkei.portal.circle.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.localgov.InvalidMunicipalityCodeException;
import jp.renkei.portal.platform.localgov.MunicipalityCode;

/**
 * {@code /}: every circle, and a look-up of the circles a municipality belongs to by its code
 * ({@code /?code=023035}), a plain GET form so the page stays session-free.
 */
@Named
@RequestScoped
public class PortalHomeView {

  static final String CODE_PARAMETER = "code";

  @Inject CircleCatalog catalog;
  @Inject HttpServletRequest request;
  @Inject LanguageSelection language;

  private List<CircleProfile> lookupResult;
  private boolean lookupDone;
  private boolean codeInvalid;

  public List<CircleProfile> getCircles() {
    return catalog.all();
  }

  public String getLookupCode() {
    String code = request.getParameter(CODE_PARAMETER);
    return code == null ? "" : code.strip();
  }

  public boolean isLookupRequested() {
    return !getLookupCode().isEmpty();
  }

  public boolean isCodeInvalid() {
    lookUp();
    return codeInvalid;
  }

  /** Why the code was refused, in the reader's language. */
  public String getCodeError() {
    return Messages.text(
        language.getLocale(), InvalidMunicipalityCodeException.MESSAGE_KEY, getLookupCode());
  }

  public List<CircleProfile> getLookupResult() {
    lookUp();
    return lookupResult == null ? List.of() : lookupResult;
  }

  private void lookUp() {
    if (lookupDone || !isLookupRequested()) {
      return;
    }
    lookupDone = true;
    if (MunicipalityCode.isValid(getLookupCode())) {
      lookupResult = catalog.containing(MunicipalityCode.of(getLookupCode()));
    } else {
      codeInvalid = true;
    }
  }
}
