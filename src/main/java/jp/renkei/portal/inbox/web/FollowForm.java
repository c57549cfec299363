package jp.renkei.portal.inbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import jp.renkei.portal.inbox.boundary.Follows;
import jp.renkei.portal.platform.web.CurrentPage;
import jp.renkei.portal.platform.web.Steps;

/**
 * The follow form of a circle's public pages ({@code WEB-INF/includes/follow.xhtml}): a signed-in
 * resident follows or stops following with one button; anybody else gives an address, which gets a
 * confirmation mail first. The subject is the circle ({@code type} empty) or a document.
 */
@Named
@RequestScoped
public class FollowForm {

  @Inject Follows follows;
  @Inject Steps steps;
  @Inject CurrentPage page;

  private String email;

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean following(String type, Long id) {
    return follows.follows(type(type), id(type, id));
  }

  public void follow(String type, Long id) {
    steps.runTo(
        () -> follows.follow(type(type), id(type, id), locale()), "inbox.done.following", here());
  }

  public void unfollow(String type, Long id) {
    steps.runTo(() -> follows.unfollow(type(type), id(type, id)), "inbox.done.unfollowed", here());
  }

  /** {@code what} names the subject in the confirmation mail (the circle, the agreement). */
  public void followByAddress(String type, Long id, String what) {
    steps.runTo(
        () -> follows.followByAddress(type(type), id(type, id), email, locale(), what),
        "inbox.done.confirm-sent",
        here());
  }

  private static String type(String type) {
    return type == null || type.isBlank() ? null : type;
  }

  private static Long id(String type, Long id) {
    return type(type) == null ? null : id;
  }

  private String here() {
    return page.getPath();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
