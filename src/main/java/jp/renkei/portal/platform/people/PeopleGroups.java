package jp.renkei.portal.platform.people;

import java.util.List;

/**
 * A group of people one context knows from its own data and another addresses without knowing who
 * is in it — the residents who commented on a document, told when its 意見と考え方 is published. The
 * inbox keeps only the group's name with a notification and asks for its members when it delivers:
 * a group of a hundred thousand is a short name until then, and whoever is in it is counted then.
 * Implemented as a CDI bean by the context that owns the data; asked within the circle of the
 * notification (the tenant is bound), as the repositories require.
 *
 * <pre>{@code
 * Audience.group(Commenters.KIND, "AGREEMENT_VERSION:5");   // addressed
 * commenters.usernames("AGREEMENT_VERSION:5");              // resolved in the circle
 * }</pre>
 */
public interface PeopleGroups {

  /** What the names of this source's groups are kept under: {@code commenters}. */
  String kind();

  /** The usernames in the named group of the bound circle, each once; none for an unknown name. */
  List<String> usernames(String name);
}
