package jp.renkei.portal.inbox.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Who hears of an event, said as the circle's membership says it — resolved into people only when
 * the event is delivered, shortly after it happened, so a person removed from the circle meanwhile
 * hears nothing. Kept with the event as text ({@code offices:023035}).
 *
 * <pre>{@code
 * Audience.offices("023035");          // 平内町's staff in the event's circle
 * Audience.council("023035");          // 平内町's council members in it
 * Audience.centralCity();              // the central city's staff
 * Audience.person("resident");         // one account
 * Audience.followers(null, 0);         // residents following the circle
 * Audience.group("commenters", "AGREEMENT_VERSION:5");  // who commented on it
 * }</pre>
 *
 * @param kind what sort of group
 * @param value the municipality code, username or followed document ({@code AGREEMENT_VERSION:5})
 */
public record Audience(Kind kind, String value) {

  /** A followed agreement: its id. */
  public static final String AGREEMENT = "AGREEMENT";

  /** The circle's vision (its drafts and adoption), followed as one document: id 0. */
  public static final String VISION = "VISION";

  /** The sorts of audience. */
  public enum Kind {
    OFFICES,
    COUNCIL,
    CENTRAL_CITY,
    ROUNDTABLE,
    PERSON,
    FOLLOWERS,
    GROUP
  }

  public static Audience offices(String municipalityCode) {
    return new Audience(Kind.OFFICES, municipalityCode);
  }

  public static Audience council(String municipalityCode) {
    return new Audience(Kind.COUNCIL, municipalityCode);
  }

  public static Audience centralCity() {
    return new Audience(Kind.CENTRAL_CITY, "");
  }

  public static Audience roundtable() {
    return new Audience(Kind.ROUNDTABLE, "");
  }

  public static Audience person(String username) {
    return new Audience(Kind.PERSON, username);
  }

  /** Residents following the circle, and those following this document if one is named. */
  public static Audience followers(String subjectType, long subjectId) {
    return new Audience(Kind.FOLLOWERS, subjectType == null ? "" : subjectType + ":" + subjectId);
  }

  /**
   * A group another context names and knows the members of ({@code PeopleGroups}): its kind and
   * name are kept, the members looked up on delivery — however many they are.
   */
  public static Audience group(String kind, String name) {
    return new Audience(Kind.GROUP, kind + ":" + name);
  }

  /** The audiences as the event keeps them: {@code offices:023035;person:resident}. */
  public static String encode(List<Audience> audiences) {
    List<String> parts = new ArrayList<>();
    for (Audience a : audiences) {
      parts.add(a.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + a.value());
    }
    return String.join(";", parts);
  }

  public static List<Audience> decode(String text) {
    List<Audience> audiences = new ArrayList<>();
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int colon = part.indexOf(':');
      audiences.add(
          new Audience(
              Kind.valueOf(part.substring(0, colon).toUpperCase(java.util.Locale.ROOT)),
              part.substring(colon + 1)));
    }
    return audiences;
  }
}
