package jp.renkei.portal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortalRoleTest {

  @Test
  void everyRoleHasItsKeycloakName() {
    assertEquals(Optional.of(PortalRole.PARTNER_STAFF), PortalRole.byRoleName("partner-staff"));
    assertEquals(Optional.empty(), PortalRole.byRoleName("offline_access"));
  }

  @Test
  void everyRoleExistsInTheRealmAndIsDeclaredToTheContainer() throws IOException {
    String realm = Files.readString(Path.of("realm-config/renkei-realm.json"));
    String webXml = Files.readString(Path.of("webapp/WEB-INF/web.xml"));
    String declared =
        Arrays.toString(
            OpenIdSecurityConfiguration.class
                .getAnnotation(jakarta.annotation.security.DeclareRoles.class)
                .value());
    for (PortalRole role : PortalRole.values()) {
      assertTrue(
          realm.contains("\"name\" : \"" + role.roleName() + "\"")
              || realm.contains("\"name\": \"" + role.roleName() + "\""),
          role + " not in the realm");
      assertTrue(
          webXml.contains("<role-name>" + role.roleName() + "</role-name>"),
          role + " not in web.xml");
      assertTrue(declared.contains(role.roleName()), role + " not declared");
    }
  }

  @Test
  void theTokenCarriesRolesAsAFlatGroupsClaimAndCirclesAsGroupPaths() throws IOException {
    String realm = Files.readString(Path.of("realm-config/renkei-realm.json"));
    assertTrue(realm.contains("oidc-usermodel-realm-role-mapper"));
    assertTrue(realm.contains("\"claim.name\": \"groups\""));
    assertTrue(realm.contains("oidc-group-membership-mapper"));
    assertTrue(realm.contains("\"claim.name\": \"" + CurrentCaller.CIRCLES_CLAIM + "\""));
  }
}
