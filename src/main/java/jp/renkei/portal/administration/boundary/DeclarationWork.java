package jp.renkei.portal.administration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.portal.circle.boundary.CircleRegistry;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.DeclarationCopyLine;
import jp.renkei.portal.inbox.boundary.Action;
import jp.renkei.portal.inbox.boundary.ActionSource;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * What the declaration's copies (要綱 第7(1)) ask of people: the central city's office, the copies it
 * has not recorded as sent; the prefecture observing the circle, the copies to its governor it has
 * not acknowledged.
 */
@ApplicationScoped
public class DeclarationWork implements ActionSource {

  @Inject TenantContext tenant;
  @Inject CircleRegistry registry;
  @Inject CurrentCircle circle;

  @Override
  public List<Action> actionsFor() {
    List<Action> actions = new ArrayList<>();
    if (tenant.isCentralCityStaff()) {
      boolean unsent = registry.declarationCopies().stream().anyMatch(l -> !l.isSent());
      if (unsent) {
        actions.add(
            Action.worded(
                "inbox.action.send-declaration-copies",
                "declaration#copy-register",
                null,
                l -> new Object[] {circle.profile().nameIn(l)}));
      }
    }
    if (tenant.isPrefectureObserver()) {
      List<DeclarationCopyLine> waiting = registry.declarationCopiesAwaitingAcknowledgement();
      if (!waiting.isEmpty()) {
        actions.add(
            Action.worded(
                "inbox.action.acknowledge-declaration-copy",
                "declaration#copy-register",
                null,
                l -> new Object[] {circle.profile().nameIn(l)}));
      }
    }
    return actions;
  }
}
