package jp.renkei.portal.inbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.renkei.portal.inbox.control.NotificationStore;
import jp.renkei.portal.inbox.entity.PersonLanguage;
import jp.renkei.portal.platform.i18n.LanguageChosen;

/**
 * Remembers the language each person reads the portal in, so that their mail speaks it: when they
 * switch language signed in, and when they sign in.
 */
@ApplicationScoped
public class LanguageMemory {

  private static final Logger LOG = Logger.getLogger(LanguageMemory.class.getName());

  @Inject NotificationStore store;
  @Inject LanguageMemory self;

  void onChosen(@Observes LanguageChosen chosen) {
    try {
      self.remember(chosen);
    } catch (RuntimeException e) {
      // Two sign-ins of one person at once: the other one remembered it.
      LOG.log(Level.FINE, "Language of " + chosen.username() + " not remembered", e);
    }
  }

  @Transactional
  public void remember(LanguageChosen chosen) {
    String language = chosen.language().tag().startsWith("en") ? "en" : "ja";
    store
        .language(chosen.username())
        .ifPresentOrElse(
            known -> known.change(language),
            () -> store.add(new PersonLanguage(chosen.username(), language)));
  }
}
