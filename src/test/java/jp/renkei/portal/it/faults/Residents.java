package jp.renkei.portal.it.faults;

import java.util.ArrayList;
import java.util.List;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Residents made in the test realm for a load: {@code prefix0 … prefixN}, one password. */
final class Residents {

  private Residents() {}

  static List<String> create(String keycloakUrl, String prefix, int count, String password) {
    List<String> names = new ArrayList<>();
    try (Keycloak keycloak =
        KeycloakBuilder.builder()
            .serverUrl(keycloakUrl)
            .realm("master")
            .clientId("admin-cli")
            .username("kcadmin")
            .password(System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "kcadmin"))
            .build()) {
      for (int i = 0; i < count; i++) {
        String name = prefix + i;
        UserRepresentation user = new UserRepresentation();
        user.setUsername(name);
        user.setEmail(name + "@example.invalid");
        user.setFirstName("太郎" + i);
        user.setLastName("障害");
        user.setEnabled(true);
        user.setEmailVerified(true);
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        keycloak.realm("renkei").users().create(user).close();
        names.add(name);
      }
    }
    return names;
  }
}
