package jp.renkei.portal.inbox.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.portal.inbox.boundary.Preferences;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.inbox.entity.Frequency;
import jp.renkei.portal.platform.web.Steps;

/**
 * {@code /inbox/preferences}: for each category, how the person wants to hear of it — at once, a
 * daily or weekly digest, or not by mail (their inbox still lists it).
 */
@Named
@RequestScoped
public class PreferencesView {

  @Inject Preferences preferences;
  @Inject Steps steps;

  /** The form's choice per category, by name: the radio buttons submit names. */
  private final Map<String, String> chosen = new HashMap<>();

  @PostConstruct
  void load() {
    preferences
        .mine()
        .forEach((category, frequency) -> chosen.put(category.name(), frequency.name()));
  }

  public List<Category> getCategories() {
    return List.of(Category.values());
  }

  public List<Frequency> getFrequencies() {
    return List.of(Frequency.values());
  }

  /** The form's value per category ({@code #{preferencesView.chosen[c.name()]}}). */
  public Map<String, String> getChosen() {
    return chosen;
  }

  public String getLanguage() {
    return preferences.language();
  }

  public void save() {
    steps.runTo(
        () -> {
          for (Category category : Category.values()) {
            preferences.choose(category, frequency(chosen.get(category.name())));
          }
        },
        "inbox.done.preferences",
        "/inbox/preferences");
  }

  private static Frequency frequency(String name) {
    try {
      return name == null ? null : Frequency.valueOf(name);
    } catch (IllegalArgumentException forged) {
      return null;
    }
  }
}
