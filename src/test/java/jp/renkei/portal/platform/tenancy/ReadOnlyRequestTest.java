package jp.renkei.portal.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReadOnlyRequestTest {

  private final AtomicInteger reads = new AtomicInteger();
  private final Function<Long, String> readNow =
      id -> "agreement " + id + " #" + reads.incrementAndGet();

  private static ReadOnlyRequest aGet() {
    ReadOnlyRequest request = new ReadOnlyRequest();
    request.markReadOnly();
    return request;
  }

  @Test
  void aGetReadsEachDocumentOnce() {
    ReadOnlyRequest request = aGet();

    assertEquals("agreement 1 #1", request.once("agreement", 1L, readNow));
    assertEquals("agreement 1 #1", request.once("agreement", 1L, readNow));
    assertEquals("agreement 2 #2", request.once("agreement", 2L, readNow));
    assertEquals(2, reads.get());
  }

  @Test
  void twoReadsOfTheSameKeyUnderDifferentNamesAreKeptApart() {
    ReadOnlyRequest request = aGet();

    assertEquals("agreement 1 #1", request.once("agreement", 1L, readNow));
    assertEquals("agreement 1 #2", request.once("agreement as its editor", 1L, readNow));
    assertEquals("agreement 1 #1", request.once("agreement", 1L, readNow));
  }

  @Test
  void aPostReadsAnewEachTimeSoThatItShowsWhatItChanged() {
    ReadOnlyRequest request = new ReadOnlyRequest();

    assertEquals("agreement 1 #1", request.once("agreement", 1L, readNow));
    assertEquals("agreement 1 #2", request.once("agreement", 1L, readNow));
    assertEquals(2, reads.get(), "read each time");
  }
}
