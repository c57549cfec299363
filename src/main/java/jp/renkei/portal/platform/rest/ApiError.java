package jp.renkei.portal.platform.rest;

/**
 * The body of every API error, as RFC 9457 problem details ({@code application/problem+json}):
 * {@code type} names the kind of problem (a URN, stable for programs), {@code title} says it to
 * people in the caller's language, {@code status} repeats the HTTP status, and {@code error} is the
 * short code the API has always sent.
 */
public record ApiError(String type, String title, int status, String error) {

  static final String TYPE_PREFIX = "urn:renkei-portal:problem:";

  public static ApiError of(int status, String code, String title) {
    return new ApiError(TYPE_PREFIX + code, title, status, code);
  }
}
