package jp.renkei.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of STYLE.md, executed: inside a context {@code web}/{@code rest} → {@code
 * boundary} → {@code control} → {@code entity}; another context only through its {@code boundary} —
 * and the value types its boundary speaks in (enums, records, embeddables and exceptions of its
 * {@code entity} package), never its entities, controls or pages; {@code platform} is the ground
 * floor and imports no context; no package and no context is part of a cycle. The composition root
 * ({@code app}) alone may see everything.
 */
class ArchitectureTest {

  private static final String BASE = "jp.renkei.portal";

  /** The layers of a context, from the entry points down; a layer may use only those below it. */
  private static final List<String> LAYERS =
      List.of("web", "rest", "boundary", "control", "entity");

  private static JavaClasses portal;

  @BeforeAll
  static void importPortal() {
    portal =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  @Test
  void layersPointDownwardsInsideEachContext() {
    classes()
        .that()
        .resideInAPackage(BASE + "..")
        .should(onlyUseLowerLayersOfTheirOwnContext())
        .check(portal);
  }

  @Test
  void contextsMeetOnlyAtBoundaries() {
    classes()
        .that()
        .resideInAPackage(BASE + "..")
        .should(useOtherContextsOnlyThroughBoundaries())
        .check(portal);
  }

  @Test
  void platformImportsNoContext() {
    classes().that().resideInAPackage(BASE + ".platform..").should(importNoContext()).check(portal);
  }

  @Test
  void noPackageIsPartOfACycle() {
    slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(portal);
  }

  @Test
  void noContextIsPartOfACycle() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(portal);
  }

  /**
   * An application-scoped boundary or control serves every request from one instance, on many
   * threads at once: it keeps nothing of a request. Each of its fields is injected (a request's
   * beans come through their client proxies), or final or volatile — a value worked out once for
   * the deployment, or a test's seam. What a request must remember goes into a request-scoped bean
   * ({@code ReadOnlyRequest}, {@code TenantContext}, the pages' views).
   */
  @Test
  void applicationScopedBoundariesAndControlsKeepNothingOfARequest() {
    classes()
        .that()
        .resideInAnyPackage(BASE + "..boundary..", BASE + "..control..")
        .and()
        .areAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
        .should(keepNoStateOfTheirOwn())
        .check(portal);
  }

  /** The context a class belongs to, or empty for the platform and the composition root. */
  static Optional<String> contextOf(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(BASE + ".")) {
      return Optional.empty();
    }
    String top = name.substring(BASE.length() + 1).split("\\.")[0];
    return top.equals("platform") || top.equals("app") ? Optional.empty() : Optional.of(top);
  }

  /** The layer of a class inside its context ({@code web}, {@code boundary}, …). */
  static Optional<String> layerOf(JavaClass type) {
    String[] parts = type.getPackageName().substring(BASE.length() + 1).split("\\.");
    return parts.length > 1 && LAYERS.contains(parts[1]) ? Optional.of(parts[1]) : Optional.empty();
  }

  private static ArchCondition<JavaClass> onlyUseLowerLayersOfTheirOwnContext() {
    return new ArchCondition<>("use only lower layers of their own context") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> context = contextOf(origin);
        Optional<String> layer = layerOf(origin);
        if (context.isEmpty() || layer.isEmpty()) {
          return;
        }
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          if (!context.equals(contextOf(target)) || layerOf(target).isEmpty()) {
            continue;
          }
          int from = rank(layer.get());
          int to = rank(layerOf(target).get());
          if (to < from || (to == from && !layer.equals(layerOf(target)))) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }

  /** web and rest are both entry points: neither uses the other. */
  private static int rank(String layer) {
    return switch (layer) {
      case "web", "rest" -> 0;
      case "boundary" -> 1;
      case "control" -> 2;
      default -> 3;
    };
  }

  private static ArchCondition<JavaClass> useOtherContextsOnlyThroughBoundaries() {
    return new ArchCondition<>("use other contexts only through their boundary") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> context = contextOf(origin);
        if (context.isEmpty()) {
          return;
        }
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass().getBaseComponentType();
          Optional<String> other = contextOf(target);
          if (other.isPresent() && !other.equals(context) && !isPublished(target, other.get())) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }

  /** What a context offers others: its boundary, and the value types that boundary speaks in. */
  static boolean isPublished(JavaClass type, String context) {
    String layer = type.getPackageName();
    if (layer.equals(BASE + "." + context + ".boundary")) {
      return true;
    }
    JavaClass outermost = type;
    while (outermost.getEnclosingClass().isPresent()
        && !outermost.isEnum()
        && !outermost.isRecord()) {
      outermost = outermost.getEnclosingClass().get();
    }
    boolean valueType =
        outermost.isEnum()
            || outermost.isRecord()
            || outermost.isAnnotatedWith("jakarta.persistence.Embeddable")
            || outermost.isAssignableTo(Throwable.class);
    return layer.equals(BASE + "." + context + ".entity")
        && valueType
        && !outermost.isAnnotatedWith("jakarta.persistence.Entity");
  }

  private static ArchCondition<JavaClass> keepNoStateOfTheirOwn() {
    return new ArchCondition<>("keep no state of their own") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaField field : type.getFields()) {
          Set<JavaModifier> modifiers = field.getModifiers();
          boolean injected =
              field.isAnnotatedWith("jakarta.inject.Inject")
                  || field.isAnnotatedWith("jakarta.persistence.PersistenceContext")
                  || field.isAnnotatedWith("jakarta.annotation.Resource");
          if (!injected
              && !modifiers.contains(JavaModifier.STATIC)
              && !modifiers.contains(JavaModifier.FINAL)
              && !modifiers.contains(JavaModifier.VOLATILE)
              && !modifiers.contains(JavaModifier.SYNTHETIC)) {
            events.add(
                SimpleConditionEvent.violated(
                    field, field.getFullName() + " is state an application-scoped bean shares"));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> importNoContext() {
    return new ArchCondition<>("import no context") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          if (contextOf(d.getTargetClass()).isPresent()) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }
}
