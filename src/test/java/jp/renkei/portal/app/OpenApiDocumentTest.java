package jp.renkei.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.renkei.portal.agreement.entity.AgreementRole;
import jp.renkei.portal.agreement.entity.PolicyField;
import jp.renkei.portal.agreement.entity.VersionKind;
import jp.renkei.portal.agreement.entity.VersionStatus;
import jp.renkei.portal.agreement.entity.Viewpoint;
import jp.renkei.portal.agreement.rest.AgreementJson;
import jp.renkei.portal.circle.rest.CircleJson;
import jp.renkei.portal.circle.rest.MunicipalitiesResource;
import jp.renkei.portal.circle.rest.MunicipalityJson;
import jp.renkei.portal.circle.rest.PrefectureJson;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.notice.rest.NoticeJson;
import jp.renkei.portal.notice.rest.NoticesResource;
import jp.renkei.portal.platform.localgov.MunicipalityKind;
import jp.renkei.portal.platform.rest.ApiError;
import jp.renkei.portal.platform.rest.LocalizedText;
import jp.renkei.portal.search.entity.SearchKind;
import jp.renkei.portal.search.rest.SearchResource;
import jp.renkei.portal.vision.entity.KpiField;
import jp.renkei.portal.vision.entity.KpiRating;
import jp.renkei.portal.vision.rest.KpisJson;
import jp.renkei.portal.vision.rest.PopulationJson;
import jp.renkei.portal.vision.rest.VisionJson;
import org.junit.jupiter.api.Test;

/**
 * The kept OpenAPI document ({@code openapi.json}) is valid OpenAPI 3.0 to a standard validator,
 * describes exactly the API's resources, every response with a description and a schema, its
 * examples fit its schemas, and each schema has the fields — and enum values — of the record the
 * API writes. The live API is held to the same document by {@code ApiContractIT}.
 */
class OpenApiDocumentTest {

  private static final String PORTAL = "https://renkei.example.jp";

  private final OpenApiContract contract =
      OpenApiContract.of(new String(OpenApiServlet.document(PORTAL), StandardCharsets.UTF_8));

  @Test
  void aStandardValidatorFindsNothingWrongAndTheServerIsThePortal() {
    assertEquals(List.of(), contract.problems());
    JsonNode servers = contract.document().get("servers");
    assertEquals(1, servers.size());
    assertEquals(PORTAL, servers.get(0).get("url").asText());
    Set<String> topLevel = new TreeSet<>();
    contract.document().fieldNames().forEachRemaining(topLevel::add);
    assertEquals(
        Set.of("openapi", "info", "servers", "tags", "paths", "components"),
        topLevel,
        "only the standard top-level fields");
  }

  @Test
  void everyResourceMethodIsDescribedAndNothingElse() {
    Set<String> served = new TreeSet<>();
    for (Class<?> resource : ApiApplication.RESOURCES) {
      String base = "/api/" + resource.getAnnotation(Path.class).value();
      for (Method method : resource.getMethods()) {
        if (method.isAnnotationPresent(GET.class)) {
          Path sub = method.getAnnotation(Path.class);
          served.add(sub == null ? base : base + "/" + sub.value());
        }
      }
    }
    assertEquals(served, new TreeSet<>(contract.operations().keySet()));
  }

  @Test
  void everyResponseIsDescribedAndEveryErrorIsAProblem() {
    contract
        .operations()
        .forEach(
            (path, operation) -> {
              assertFalse(operation.path("summary").asText().isBlank(), path);
              assertFalse(operation.path("operationId").asText().isBlank(), path);
              assertTrue(operation.path("responses").has("200"), path);
              operation
                  .path("responses")
                  .fieldNames()
                  .forEachRemaining(
                      status -> {
                        JsonNode response = contract.response(path, status);
                        String where = path + " " + status;
                        assertFalse(response.path("description").asText().isBlank(), where);
                        var content = contract.content(response);
                        if (status.equals("304")) {
                          assertEquals(null, content, where + " has no body");
                        } else if (status.compareTo("400") >= 0) {
                          assertEquals("application/problem+json", content.getKey(), where);
                          assertEquals(
                              "#/components/schemas/Problem",
                              content.getValue().path("schema").path("$ref").asText(),
                              where);
                        } else {
                          assertNotNull(content, where);
                          assertTrue(content.getValue().has("schema"), where);
                          assertTrue(
                              content.getValue().has("example")
                                  || content.getValue().has("examples"),
                              where + " has an example");
                        }
                      });
              for (JsonNode parameter : contract.parameters(operation)) {
                assertTrue(parameter.has("example"), path + " " + parameter.get("name"));
                assertFalse(parameter.path("description").asText().isBlank(), path);
              }
            });
  }

  @Test
  void everyExampleFitsItsSchema() {
    int checked = 0;
    for (String path : contract.operations().keySet()) {
      for (String status : fieldNames(contract.operations().get(path).path("responses"))) {
        var content = contract.content(contract.response(path, status));
        if (content == null || content.getKey().equals("text/csv")) {
          continue;
        }
        JsonNode schema = content.getValue().get("schema");
        List<JsonNode> examples = new ArrayList<>();
        if (content.getValue().has("example")) {
          examples.add(content.getValue().get("example"));
        }
        content
            .getValue()
            .path("examples")
            .forEach(
                e ->
                    examples.add(
                        (e.has("$ref") ? contract.resolve(e.get("$ref").asText()) : e)
                            .get("value")));
        for (JsonNode example : examples) {
          assertEquals(
              List.of(),
              contract.violations(schema, OpenApiContract.text(example)),
              path + " " + status);
          checked++;
        }
      }
    }
    assertTrue(checked >= 20, "examples checked: " + checked);
  }

  @Test
  void eachSchemaHasTheFieldsOfTheRecordTheApiWrites() {
    Map<String, Class<?>> records =
        Map.ofEntries(
            Map.entry("Problem", ApiError.class),
            Map.entry("LocalizedText", LocalizedText.class),
            Map.entry("Prefecture", PrefectureJson.class),
            Map.entry("Municipality", MunicipalityJson.class),
            Map.entry("Circle", CircleJson.class),
            Map.entry("MunicipalityMatch", MunicipalitiesResource.MunicipalityJson.class),
            Map.entry("Agreement", AgreementJson.class),
            Map.entry("AgreementVersion", AgreementJson.VersionJson.class),
            Map.entry("AgreementInitiative", AgreementJson.InitiativeJson.class),
            Map.entry("NoticePage", NoticesResource.NoticesJson.class),
            Map.entry("Notice", NoticeJson.class),
            Map.entry("Vision", VisionJson.class),
            Map.entry("PopulationTarget", VisionJson.TargetJson.class),
            Map.entry("VisionInitiative", VisionJson.InitiativeJson.class),
            Map.entry("Cost", VisionJson.CostJson.class),
            Map.entry("Kpis", KpisJson.class),
            Map.entry("Kpi", VisionJson.KpiJson.class),
            Map.entry("KpiActual", VisionJson.ActualJson.class),
            Map.entry("KpiEvaluation", VisionJson.EvaluationJson.class),
            Map.entry("Population", PopulationJson.class),
            Map.entry("PopulationActual", PopulationJson.ActualJson.class),
            Map.entry("SearchAnswer", SearchResource.AnswerJson.class),
            Map.entry("SearchHit", SearchResource.HitJson.class));
    JsonNode schemas = contract.document().path("components").path("schemas");
    assertEquals(
        new TreeSet<>(fieldNames(schemas)),
        new TreeSet<>(union(records.keySet(), Set.of("SearchKind"))),
        "every schema is a record the API writes");
    records.forEach(
        (name, record) -> {
          JsonNode schema = schemas.get(name);
          List<String> components =
              Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
          assertEquals(
              new TreeSet<>(components), new TreeSet<>(fieldNames(schema.get("properties"))), name);
          assertFalse(schema.path("additionalProperties").asBoolean(true), name + " is closed");
          List<String> required = new ArrayList<>();
          schema.path("required").forEach(r -> required.add(r.asText()));
          for (RecordComponent c : record.getRecordComponents()) {
            if (c.getType().isPrimitive()) {
              assertTrue(
                  required.contains(c.getName()), name + "." + c.getName() + " is always written");
            }
          }
        });
    assertAlike(PopulationJson.TargetJson.class, VisionJson.TargetJson.class);
    Map<String, Class<? extends Enum<?>>> enums =
        Map.of(
            "/Municipality/properties/kind", MunicipalityKind.class,
            "/AgreementVersion/properties/kind", VersionKind.class,
            "/AgreementVersion/properties/status", VersionStatus.class,
            "/AgreementInitiative/properties/role", AgreementRole.class,
            "/AgreementInitiative/properties/viewpoint", Viewpoint.class,
            "/AgreementInitiative/properties/policyField", PolicyField.class,
            "/Notice/properties/kind", NoticeKind.class,
            "/Kpi/properties/field", KpiField.class,
            "/KpiEvaluation/properties/rating", KpiRating.class,
            "/SearchKind", SearchKind.class);
    enums.forEach(
        (pointer, type) -> {
          List<String> documented = new ArrayList<>();
          schemas.at(pointer).path("enum").forEach(v -> documented.add(v.asText()));
          assertEquals(
              Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), documented, pointer);
        });
  }

  /** The two target records are one schema: they must stay alike. */
  private static void assertAlike(Class<?> a, Class<?> b) {
    assertEquals(
        Arrays.stream(a.getRecordComponents()).map(c -> c.getName() + c.getType()).toList(),
        Arrays.stream(b.getRecordComponents()).map(c -> c.getName() + c.getType()).toList());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
