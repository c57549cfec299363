package jp.renkei.portal.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * What residents give feedback on: a published draft of one kind of document, by id. The agreements
 * use {@code AGREEMENT_VERSION}; the vision will use its own kind with the same code.
 */
@Embeddable
public class FeedbackSubject implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** Kinds of documents open to residents' feedback. */
  public enum Type {
    AGREEMENT_VERSION,
    VISION_VERSION
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_type", nullable = false, length = 30)
  private Type type;

  @Column(name = "subject_id", nullable = false)
  private long id;

  protected FeedbackSubject() {}

  public FeedbackSubject(Type type, long id) {
    this.type = Objects.requireNonNull(type);
    this.id = id;
  }

  public Type type() {
    return type;
  }

  public long id() {
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeedbackSubject s && s.type == type && s.id == id;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, id);
  }
}
