package jp.renkei.portal.administration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.renkei.portal.administration.boundary.Invitations;
import jp.renkei.portal.administration.entity.Invitation;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.platform.rules.Refusal;
import jp.renkei.portal.platform.web.FacesMessages;

/**
 * {@code /invitation?token=…}: the page the invitation e-mail links to. The person chooses a
 * password; then the sign-in page opens, and after it the circle they were invited to.
 */
@Named
@RequestScoped
public class InvitationView {

  @Inject Invitations invitations;

  private String token;
  private Invitation invitation;
  private boolean looked;
  private String lastName;
  private String firstName;
  private String password;
  private String repeated;

  public String getToken() {
    if (token == null) {
      token =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get("token");
    }
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public Invitation getInvitation() {
    if (!looked) {
      invitation = invitations.usable(getToken()).orElse(null);
      looked = true;
    }
    return invitation;
  }

  public CircleProfile getCircle() {
    return getInvitation() == null ? null : invitations.circleOf(getInvitation()).orElse(null);
  }

  public void accept() {
    try {
      String slug = invitations.accept(getToken(), lastName, firstName, password, repeated);
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(
          external.getRequestContextPath()
              + "/signin?next="
              + URLEncoder.encode("/c/" + slug + "/", StandardCharsets.UTF_8));
      FacesContext.getCurrentInstance().responseComplete();
    } catch (Refusal e) {
      FacesMessages.error(e.messageKey());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
