package jp.renkei.portal.platform.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;

/**
 * Shows the messages a step carried across its redirect ({@link CarriedMessages}) on the page that
 * follows it, before that page renders. Registered in {@code faces-config.xml}.
 */
public class CarriedMessagesListener implements PhaseListener {

  @Inject CarriedMessages carried;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    carried.takeInto(event.getFacesContext());
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Everything happens before the page renders.
  }
}
