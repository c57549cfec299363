package jp.renkei.portal.platform.rules;

/**
 * A step that did not happen — the rules do not allow it now, or a system it needs (Keycloak, the
 * mail server) refused or could not be reached — and nothing changed. The message key tells the
 * person why, in their language. Each context names its own kinds ({@code LifecycleViolation},
 * {@code ConsultationRefused}, {@code KeycloakUnavailable}, …); a page runs a step through {@code
 * platform.web.Steps}, which turns any of them into a message next to the form.
 *
 * <pre>{@code
 * throw new ConsultationRefused("consultation.error.slot-unmarked");
 * }</pre>
 */
public abstract class Refusal extends RuntimeException {

  private final String messageKey;
  private final Object[] arguments;

  /** A refusal whose message takes these arguments ({@code {0}}, {@code {1}} …: names, limits). */
  protected Refusal(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /** A refusal whose technical cause the operator needs in the log; the person gets the key. */
  protected Refusal(String messageKey, String detail, Throwable cause) {
    super(detail, cause);
    this.messageKey = messageKey;
    this.arguments = new Object[0];
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
