package jp.renkei.portal.platform.rules;

/**
 * A step the rules do not allow now — refused, nothing changed. The message key tells the person
 * why, in their language. Each context names its own kind ({@code LifecycleViolation}, {@code
 * ConsultationRefused}, …) so that a page catches only what its boundary refuses.
 *
 * <pre>{@code
 * throw new ConsultationRefused("consultation.error.slot-unmarked");
 * ...
 * } catch (ConsultationRefused e) {
 *   FacesMessages.error(e.messageKey());
 * }
 * }</pre>
 */
public abstract class Refusal extends RuntimeException {

  private final String messageKey;

  protected Refusal(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
