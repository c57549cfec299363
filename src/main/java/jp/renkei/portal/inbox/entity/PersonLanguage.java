package jp.renkei.portal.inbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The language a person reads the portal's mail in, remembered when they choose one on the portal
 * while signed in; Japanese for everybody who never did.
 */
@Entity
@Table(name = "person_language")
public class PersonLanguage {

  @Id
  @Column(name = "username", length = 300)
  private String username;

  @Column(name = "language", nullable = false, length = 5)
  private String language;

  protected PersonLanguage() {}

  public PersonLanguage(String username, String language) {
    this.username = username;
    change(language);
  }

  public void change(String language) {
    this.language = "en".equals(language) ? "en" : "ja";
  }

  public String username() {
    return username;
  }

  public String language() {
    return language;
  }
}
