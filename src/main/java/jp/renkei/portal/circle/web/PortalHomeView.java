package jp.renkei.portal.circle.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CircleCatalog.MunicipalityMatch;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.localgov.InvalidMunicipalityCodeException;
import jp.renkei.portal.platform.localgov.MunicipalityCode;
import jp.renkei.portal.platform.localgov.Prefecture;

/**
 * {@code /}: every circle (also by prefecture), and a look-up of a municipality and its circles by
 * code, name or reading ({@code /?q=平内}, {@code ?q=ひらない}, {@code ?q=023035}; the older {@code
 * ?code=} still works) — a plain GET form, so the page stays session-free.
 */
@Named
@RequestScoped
public class PortalHomeView {

  static final String QUERY_PARAMETER = "q";
  static final String CODE_PARAMETER = "code";

  /** The longest look-up taken: a name is never longer. */
  static final int MAX_LOOKUP = 50;

  @Inject CircleCatalog catalog;
  @Inject HttpServletRequest request;
  @Inject LanguageSelection language;

  private List<MunicipalityMatch> lookupResult;
  private boolean lookupDone;
  private boolean codeInvalid;

  public List<CircleProfile> getCircles() {
    return catalog.all();
  }

  /** The circles by the prefectures of their members, prefectures in code order. */
  public Map<Prefecture, List<CircleProfile>> getByPrefecture() {
    Map<Prefecture, List<CircleProfile>> by =
        new TreeMap<>(Comparator.comparingInt(Prefecture::code));
    for (CircleProfile circle : catalog.all()) {
      for (Prefecture p : circle.prefectures()) {
        by.computeIfAbsent(p, k -> new ArrayList<>()).add(circle);
      }
    }
    return by;
  }

  public String getLookupCode() {
    String typed = request.getParameter(QUERY_PARAMETER);
    if (typed == null) {
      typed = request.getParameter(CODE_PARAMETER);
    }
    if (typed == null) {
      return "";
    }
    typed = typed.strip();
    return typed.length() > MAX_LOOKUP ? typed.substring(0, MAX_LOOKUP) : typed;
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

  public List<MunicipalityMatch> getLookupResult() {
    lookUp();
    return lookupResult == null ? List.of() : lookupResult;
  }

  private void lookUp() {
    if (lookupDone || !isLookupRequested()) {
      return;
    }
    lookupDone = true;
    String typed = Normalizer.normalize(getLookupCode(), Normalizer.Form.NFKC);
    boolean digits = typed.chars().allMatch(Character::isDigit);
    if (digits && !MunicipalityCode.isValid(typed)) {
      codeInvalid = true;
    } else {
      lookupResult = catalog.lookUp(typed);
    }
  }
}
