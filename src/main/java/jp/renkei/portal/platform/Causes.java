package jp.renkei.portal.platform;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A failure and the causes it wraps, outermost first: for the places that ask what a failure was
 * deep down (a refusal inside a Faces exception, a lock conflict inside a rollback).
 *
 * <pre>{@code
 * boolean conflict = Causes.of(e).anyMatch(t -> t instanceof OptimisticLockException);
 * Optional<NotFoundException> missing = Causes.find(e, NotFoundException.class);
 * }</pre>
 */
public final class Causes {

  /** Deeper than any real chain; a chain that loops ends here. */
  private static final int DEEPEST = 64;

  private Causes() {}

  /** The failure, its cause, that one's cause…; a cause that is the failure itself ends it. */
  public static Stream<Throwable> of(Throwable failure) {
    return Stream.iterate(failure, Objects::nonNull, t -> t.getCause() == t ? null : t.getCause())
        .limit(DEEPEST);
  }

  /** The outermost failure of this type in the chain. */
  public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
    return of(failure).filter(type::isInstance).map(type::cast).findFirst();
  }

  /** The innermost failure: what went wrong first. */
  public static Throwable root(Throwable failure) {
    return of(failure).reduce((outer, inner) -> inner).orElse(failure);
  }
}
