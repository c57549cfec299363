package jp.renkei.portal.inbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.inbox.boundary.DeadLetters;
import jp.renkei.portal.inbox.boundary.DeadLetters.DeadLetter;
import jp.renkei.portal.platform.web.Steps;

/** {@code /admin/mail}: mail that could not be delivered, with the reason, and "send again". */
@Named
@RequestScoped
public class DeadLettersView {

  @Inject DeadLetters deadLetters;
  @Inject Steps steps;

  private List<DeadLetter> list;

  public List<DeadLetter> getList() {
    if (list == null) {
      list = deadLetters.list();
    }
    return list;
  }

  public void sendAgain(long id) {
    steps.runTo(() -> deadLetters.sendAgain(id), "inbox.done.send-again", "/admin/mail");
  }
}
