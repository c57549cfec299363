package jp.renkei.portal.platform.i18n;

/**
 * A signed-in person reads the portal in this language — they switched to it, or signed in with it
 * chosen: what keeps something per person in their language (their mail) observes it.
 */
public record LanguageChosen(String username, Language language) {}
