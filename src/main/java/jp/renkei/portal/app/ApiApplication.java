package jp.renkei.portal.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import jp.renkei.portal.agreement.rest.AgreementsResource;
import jp.renkei.portal.circle.rest.CirclesResource;
import jp.renkei.portal.circle.rest.MunicipalitiesResource;
import jp.renkei.portal.notice.rest.NoticesResource;
import jp.renkei.portal.platform.rest.ApiFailures;
import jp.renkei.portal.platform.rest.CircleApiGate;
import jp.renkei.portal.search.rest.SearchResource;
import jp.renkei.portal.vision.rest.KpisCsvResource;
import jp.renkei.portal.vision.rest.KpisResource;
import jp.renkei.portal.vision.rest.PopulationCsvResource;
import jp.renkei.portal.vision.rest.PopulationResource;
import jp.renkei.portal.vision.rest.VisionResource;

/**
 * The composition root of the public JSON API under {@code /api}: the one place that knows every
 * context's resources, so that the platform (its tenancy gate, {@link CircleApiGate}) and the
 * contexts need not know each other. Its OpenAPI description is served at {@code /openapi}.
 */
@ApplicationPath("/api")
public class ApiApplication extends Application {

  /** The API's resources, each answering for one context. */
  public static final Set<Class<?>> RESOURCES =
      Set.of(
          CirclesResource.class,
          MunicipalitiesResource.class,
          NoticesResource.class,
          AgreementsResource.class,
          VisionResource.class,
          KpisResource.class,
          KpisCsvResource.class,
          PopulationResource.class,
          PopulationCsvResource.class,
          SearchResource.class);

  /**
   * The resources, the tenancy gate and the problem-details mappers, listed rather than scanned:
   * the WAR also carries the Keycloak admin client's RESTEasy providers, which must not be picked
   * up by the server's own JAX-RS. The denial tests read {@link #RESOURCES} too, so a new resource
   * is tested as soon as it is added here.
   */
  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new java.util.HashSet<>(RESOURCES);
    classes.add(CircleApiGate.class);
    classes.add(ApiFailures.Http.class);
    classes.add(ApiFailures.Unexpected.class);
    return classes;
  }
}
