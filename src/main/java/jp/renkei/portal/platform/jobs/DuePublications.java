package jp.renkei.portal.platform.jobs;

/**
 * What a context prepared for a publication time — notices, minutes, the vision — published by the
 * {@link PublicationJob} once the time has come. Called within each circle in turn; each thing
 * once, whatever the scheduler does (the implementation locks and marks what it publishes).
 *
 * <pre>{@code
 * @RequestScoped
 * public class ConsultationMinutes implements DuePublications {
 *   @Transactional public int publishDue() { … }
 * }
 * }</pre>
 */
public interface DuePublications {

  /** Publishes the request's circle's prepared things whose time has come; how many it did. */
  int publishDue();
}
