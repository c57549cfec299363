package jp.renkei.portal.inbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.renkei.portal.inbox.boundary.Follows;
import jp.renkei.portal.inbox.entity.InboxRefused;

/**
 * {@code /follow/confirm?token=…}: the link of the confirmation mail of a follow by address.
 * Opening it makes the follow count; a wrong or forged link says so and changes nothing.
 */
@Named
@RequestScoped
public class FollowConfirmView {

  @Inject Follows follows;

  private String token;
  private Boolean confirmed;

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  /** Confirms once per request (the page's view action). */
  public void confirm() {
    if (confirmed == null) {
      try {
        follows.confirm(token);
        confirmed = true;
      } catch (InboxRefused e) {
        confirmed = false;
      }
    }
  }

  public boolean isConfirmed() {
    return Boolean.TRUE.equals(confirmed);
  }
}
