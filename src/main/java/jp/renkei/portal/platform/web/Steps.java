package jp.renkei.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jp.renkei.portal.platform.rules.Refusal;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * Runs a step a person asked for on a page: on success a message and the next page (a redirect, so
 * that reloading does not repeat it); when the step is refused — by a rule, or by Keycloak or the
 * mail server — the reason in the person's language, and the page stays as it was. Every context's
 * refusal is a {@link Refusal}, so this one runner serves them all.
 *
 * <pre>{@code
 * steps.run(() -> lifecycle.conclude(id, on), "agreement.done.concluded", "agreements/" + id);
 * steps.runTo(() -> admin.createCircle(…), "admin.done.created", "/admin/circles/" + slug, slug);
 * }</pre>
 */
@ApplicationScoped
public class Steps {

  @Inject TenantContext tenant;
  @Inject Event<StepTaken> taken;

  /** Runs the step and goes to a page of the request's circle ({@code agreements/12}). */
  public boolean run(Runnable step, String doneKey, String circlePath) {
    return attempt(
        () -> {
          step.run();
          FacesMessages.doneAndGo(doneKey, tenant.getSlug(), circlePath);
        });
  }

  /** Runs the step and goes to a page of the portal ({@code /admin/circles/aomori}). */
  public boolean runTo(Runnable step, String doneKey, String portalPath, Object... arguments) {
    return attempt(
        () -> {
          step.run();
          FacesMessages.doneAndGoTo(doneKey, portalPath, arguments);
        });
  }

  /** Runs a step that says itself where to go; on a refusal, the reason as a message. */
  public boolean attempt(Runnable step) {
    try {
      step.run();
      taken.fire(new StepTaken(tenant.getCaller().username()));
      return true;
    } catch (Refusal e) {
      FacesMessages.error(e.messageKey(), e.arguments());
      return false;
    }
  }
}
