package jp.renkei.portal.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The API's OpenAPI document as its readers see it: parsed and checked by swagger-parser (what
 * client generators use), and its schemas applied to JSON with networknt's OpenAPI 3.0 dialect.
 *
 * <pre>{@code
 * OpenApiContract contract = OpenApiContract.of(json);
 * assertEquals(List.of(), contract.problems());
 * assertEquals(List.of(), contract.violations(contract.responseSchema("/api/v1/circles", "200"), body));
 * }</pre>
 */
public final class OpenApiContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SwaggerParseResult parsed;
  private final JsonNode document;

  private OpenApiContract(SwaggerParseResult parsed, JsonNode document) {
    this.parsed = parsed;
    this.document = document;
  }

  public static OpenApiContract of(String json) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    try {
      return new OpenApiContract(
          new OpenAPIV3Parser().readContents(json, null, options), JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the validator finds wrong with the document; empty when it is valid OpenAPI 3.0. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>(parsed.getMessages());
    if (parsed.getOpenAPI() == null) {
      problems.add("not read as OpenAPI at all");
    }
    return problems;
  }

  public JsonNode document() {
    return document;
  }

  /** The paths, each with its {@code get} operation. */
  public Map<String, JsonNode> operations() {
    Map<String, JsonNode> operations = new java.util.TreeMap<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(p -> operations.put(p.getKey(), p.getValue().get("get")));
    return operations;
  }

  /** The response {@code status} of {@code path}'s GET, with a {@code $ref} followed. */
  public JsonNode response(String path, String status) {
    JsonNode response = operations().get(path).path("responses").path(status);
    return response.has("$ref") ? resolve(response.get("$ref").asText()) : response;
  }

  /** The one media type of a response: its schema, example and examples. */
  public Map.Entry<String, JsonNode> content(JsonNode response) {
    Iterator<Map.Entry<String, JsonNode>> types = response.path("content").fields();
    return types.hasNext() ? types.next() : null;
  }

  /** A JSON pointer into the document ({@code #/components/…}), resolved. */
  public JsonNode resolve(String ref) {
    return document.at(ref.substring(1));
  }

  /** Where {@code json} breaks {@code schema} (a schema of this document); empty when it fits. */
  public List<String> violations(JsonNode schema, String json) {
    ObjectNode root = JSON.createObjectNode();
    root.set("components", document.get("components"));
    root.setAll((ObjectNode) schema.deepCopy());
    Schema validator = SchemaRegistry.withDialect(Dialects.getOpenApi30()).getSchema(root);
    return validator.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  /** The parameters of an operation with their {@code $ref}s followed. */
  public List<JsonNode> parameters(JsonNode operation) {
    List<JsonNode> parameters = new ArrayList<>();
    operation
        .path("parameters")
        .forEach(p -> parameters.add(p.has("$ref") ? resolve(p.get("$ref").asText()) : p));
    return parameters;
  }

  /** The path with each path parameter and query parameter set to its example. */
  public String exampleRequest(String path) {
    String request = path;
    StringBuilder query = new StringBuilder();
    for (JsonNode p : parameters(operations().get(path))) {
      String value = p.get("example").asText();
      if (p.get("in").asText().equals("path")) {
        request = request.replace("{" + p.get("name").asText() + "}", value);
      } else {
        query.append(query.isEmpty() ? "?" : "&").append(p.get("name").asText()).append('=');
        query.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return request + query;
  }

  static String text(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
