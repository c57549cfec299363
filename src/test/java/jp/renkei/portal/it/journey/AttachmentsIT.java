package jp.renkei.portal.it.journey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.renkei.portal.it.pages.Header;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Documents carry their files (issue 15, item 11): the central city attaches the signed original to
 * an agreement and a file to a notice, checked on the server like consultation materials; whoever
 * reads the document downloads it, nobody else; a wrong file is refused with a message and nothing
 * kept; a file can be removed.
 */
@ExtendWith(StackExtension.class)
class AttachmentsIT {

  private static final byte[] PDF =
      "%PDF-1.4\n% signed original\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final TestStack stack;

  AttachmentsIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void theSignedOriginalIsAttachedToAnAgreementAndReadByWhoeverReadsIt() throws Exception {
    Path dir = Files.createTempDirectory("attachments");
    Path original = Files.write(dir.resolve("締結書.pdf"), PDF);
    Path renamed = Files.write(dir.resolve("setup.pdf"), "MZ executable".getBytes());
    String page = "/c/aomori/agreements/1";
    // A visitor reads the concluded version first: the part every reader sees alike is kept from
    // now on, and must show the file once it is attached, and not once it is removed.
    String before = Rendered.page(PortalHttp.anonymous(stack).get(page), "agreement-title");
    assertFalse(before.contains("締結書（写し）"), "no file yet");
    try (Browser mayor = Browser.open(stack)) {
      mayor.visit(page);
      new Header(mayor).signIn("aomori-mayor");
      mayor.visit(page);

      attach(mayor, "偽物", renamed);
      assertTrue(mayor.pageText().contains("ファイルの中身が拡張子と一致しません"), mayor.pageText());
      assertFalse(mayor.pageText().contains("偽物"), "nothing was kept");

      mayor.visit(page);
      attach(mayor, "締結書（写し）", original);
      assertTrue(mayor.pageText().contains("ファイルを添付しました"), mayor.pageText());
      String link =
          mayor.find(By.cssSelector("a[data-attachment]")).getAttribute("data-attachment");
      String file = "/c/aomori/attachments/" + link;

      HttpResponse<byte[]> download = PortalHttp.anonymous(stack).getBytes(file);
      assertEquals(200, download.statusCode(), "the agreement is public, and so is its file");
      assertTrue(
          download.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
      assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertTrue(
          download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
      assertArrayEquals(PDF, download.body());
      assertEquals(
          404,
          PortalHttp.anonymous(stack).getBytes("/c/nagano/attachments/" + link).statusCode(),
          "not from another circle's address");
      String partner = Rendered.page(Callers.as(stack, "hiranai-staff").get(page), "attachments-1");
      assertTrue(partner.contains("締結書（写し）"), "the partner reads it");
      assertFalse(partner.contains("id=\"attach-form\""), "but attaches nothing");
      String visitor = Rendered.page(PortalHttp.anonymous(stack).get(page), "attachments-1");
      assertTrue(visitor.contains("締結書（写し）"), "a visitor sees the new file at once");
      assertTrue(visitor.contains("data-attachment=\"" + link + "\""), visitor);

      mayor.visit(page);
      mayor.submit(By.cssSelector("[data-remove-attachment='" + link + "']"));
      assertTrue(mayor.pageText().contains("添付ファイルを削除しました"), mayor.pageText());
      assertEquals(404, PortalHttp.anonymous(stack).getBytes(file).statusCode(), "removed");
      String after = Rendered.page(PortalHttp.anonymous(stack).get(page), "agreement-title");
      assertFalse(after.contains("締結書（写し）"), "nor is it listed to a visitor any more");
    }
  }

  @Test
  void aDraftsFileIsTheDraftsReadersOnly() {
    String file = "/c/aomori/attachments/1";
    assertEquals(404, PortalHttp.anonymous(stack).getBytes(file).statusCode());
    assertEquals(404, Callers.as(stack, "hiranai-staff").getBytes(file).statusCode());
    assertEquals(200, Callers.as(stack, "aomori-mayor").getBytes(file).statusCode());
  }

  @Test
  void aNoticeCarriesTheDocumentItAnnounces() throws Exception {
    Path map = Files.write(Files.createTempDirectory("notice").resolve("路線図.pdf"), PDF);
    try (Browser city = Browser.open(stack)) {
      city.visit("/c/mutsuwan/notices");
      new Header(city).signIn("hachinohe-staff");
      city.visit("/c/mutsuwan/notices");
      new Select(city.find(By.id("notice-attach-form:notice"))).selectByIndex(0);
      city.type(By.id("notice-attach-form:label"), "路線図");
      city.find(By.id("notice-attach-form:file")).sendKeys(map.toString());
      city.submit(By.id("notice-attach-form:attach"));
      assertTrue(city.pageText().contains("ファイルを添付しました"), city.pageText());
    }
    String notices =
        Rendered.page(PortalHttp.anonymous(stack).get("/c/mutsuwan/notices"), "notice-list");
    assertTrue(notices.contains("路線図"), "listed under its notice for everybody");
    assertFalse(notices.contains("notice-attach-form"), "the desk is the central city's");
  }

  private static void attach(Browser browser, String label, Path file) {
    browser.type(By.id("attach-form:label"), label);
    browser.find(By.id("attach-form:file")).sendKeys(file.toString());
    browser.submit(By.id("attach-form:attach"));
  }
}
