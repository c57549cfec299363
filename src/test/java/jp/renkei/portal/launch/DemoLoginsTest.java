package jp.renkei.portal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The run command's banner and the README list the realm's demo accounts, all of them. */
class DemoLoginsTest {

  @Test
  void theBannerListsEveryPersonOfTheRealmWithTheirRole() throws IOException {
    Map<String, String> realm = realmUsersAndRoles();
    Map<String, String> banner =
        Arrays.stream(DemoLogins.values())
            .collect(
                Collectors.toMap(
                    DemoLogins::username, DemoLogins::role, (a, b) -> a, TreeMap::new));
    assertTrue(realm.size() > 10, "the realm's users were read: " + realm.keySet());
    assertEquals(realm, banner);
  }

  @Test
  void theReadmeListsEveryDemoLogin() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (DemoLogins login : DemoLogins.values()) {
      assertTrue(
          readme.contains("`" + login.username() + "`"), login.username() + " not in README.md");
    }
  }

  /** Each person's portal role; the service account of the portal is not a person. */
  private static Map<String, String> realmUsersAndRoles() throws IOException {
    try (Reader file = Files.newBufferedReader(Path.of("realm-config/renkei-realm.json"));
        JsonReader json = Json.createReader(file)) {
      Map<String, String> users = new TreeMap<>();
      for (JsonObject user :
          json.readObject().getJsonArray("users").getValuesAs(JsonObject.class)) {
        if (user.containsKey("serviceAccountClientId")) {
          continue;
        }
        String role =
            user.getJsonArray("realmRoles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .filter(r -> !r.startsWith("default-roles-"))
                .findFirst()
                .orElse("");
        users.put(user.getString("username"), role);
      }
      return users;
    }
  }
}
