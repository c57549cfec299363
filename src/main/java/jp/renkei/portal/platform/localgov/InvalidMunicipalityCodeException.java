package jp.renkei.portal.platform.localgov;

/** A text that is not a valid municipality code; the message key explains it to the user. */
public class InvalidMunicipalityCodeException extends IllegalArgumentException {

  public static final String MESSAGE_KEY = "circle.municipality.code.invalid";

  private final String rejectedValue;

  public InvalidMunicipalityCodeException(String rejectedValue) {
    super("Not a valid municipality code: " + rejectedValue);
    this.rejectedValue = rejectedValue;
  }

  public String rejectedValue() {
    return rejectedValue;
  }
}
