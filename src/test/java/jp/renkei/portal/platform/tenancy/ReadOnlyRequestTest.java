package jp.renkei.portal.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReadOnlyRequestTest {

  private final AtomicInteger reads = new AtomicInteger();
  private final Function<Long, String> readNow =
      id -> "agreement " + id + " #" + reads.incrementAndGet();
  private final Map<Long, String> readThisRequest = new HashMap<>();

  @Test
  void aGetReadsEachDocumentOnce() {
    ReadOnlyRequest request = new ReadOnlyRequest();
    request.markReadOnly();

    assertEquals("agreement 1 #1", request.once(readThisRequest, 1L, readNow));
    assertEquals("agreement 1 #1", request.once(readThisRequest, 1L, readNow));
    assertEquals("agreement 2 #2", request.once(readThisRequest, 2L, readNow));
    assertEquals(2, reads.get());
  }

  @Test
  void aPostReadsAnewEachTimeSoThatItShowsWhatItChanged() {
    ReadOnlyRequest request = new ReadOnlyRequest();

    assertEquals("agreement 1 #1", request.once(readThisRequest, 1L, readNow));
    assertEquals("agreement 1 #2", request.once(readThisRequest, 1L, readNow));
    assertEquals(0, readThisRequest.size(), "nothing kept");
  }
}
