package jp.renkei.portal.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * The same request sent several times at once — a double click, a resending connection, a script:
 * every copy waits at one gate and all are released together; the answers come back in order.
 */
public final class AtOnce {

  private AtOnce() {}

  public static <T> List<T> send(int copies, Supplier<T> request) {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<T>> running = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      running.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return request.get();
              }));
    }
    start.countDown();
    return running.stream().map(CompletableFuture::join).toList();
  }
}
