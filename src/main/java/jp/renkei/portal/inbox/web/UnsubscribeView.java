package jp.renkei.portal.inbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import jp.renkei.portal.inbox.boundary.Preferences;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.platform.web.Steps;

/**
 * {@code /unsubscribe?token=…}: the link at the foot of every mail. Shows what it stops — the mail
 * of one category to one recipient — and stops it when the person confirms; no sign-in, the signed
 * token decides. A forged token is refused and changes nothing.
 */
@Named
@RequestScoped
public class UnsubscribeView {

  @Inject Preferences preferences;
  @Inject Steps steps;

  private String token;
  private Optional<Category> category;
  private boolean done;

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  /** The category the token names; empty when the token is not genuine. */
  public Optional<Category> category() {
    if (category == null) {
      category = preferences.subscription(token).map(s -> s.category());
    }
    return category;
  }

  public boolean isValid() {
    return category().isPresent();
  }

  public String getCategoryKey() {
    return category().map(Category::messageKey).orElse("");
  }

  public boolean isDone() {
    return done;
  }

  public void unsubscribe() {
    done = steps.attempt(() -> preferences.unsubscribe(token));
  }
}
