package jp.renkei.portal.platform.web;

/**
 * What a person writes about a document on a form: a text, on the whole document or on one of its
 * sections ({@code PURPOSE}, {@code I-2}…) — a resident's opinion, a partner's comment in its
 * round.
 *
 * <pre>{@code
 * <h:selectOneMenu value="#{feedbackForm.text.section}">…
 * <h:inputTextarea value="#{feedbackForm.text.body}"/>
 * }</pre>
 */
public class SectionText {

  private String section;
  private String body;

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
