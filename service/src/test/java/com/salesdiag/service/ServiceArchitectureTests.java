package com.salesdiag.service;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's house, drawn from its byte code: it reaches the engine only through the engine's public packages,
 * its feature packages have no cycles, and what the HTTP API answers is written by the service's own types.
 */
class ServiceArchitectureTests {

    static final String SERVICE = "com.salesdiag.service";

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SERVICE);

    @Test
    void theServiceReachesTheEngineOnlyThroughItsPublicPackages() {
        noClasses().that().resideInAPackage(SERVICE + "..")
                .should().dependOnClassesThat().resideInAPackage("com.salesdiag.engine.internal..")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenFeaturePackages() {
        slices().matching(SERVICE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * Every type Jackson writes for an endpoint's answer (return types, their record components, fields and getters,
     * type arguments, all the way down) is the service's or the platform's, never the engine's: the engine can
     * change without changing the API. Answers written as bytes (the diagnosis, encoded once to be recorded and
     * served alike) are found by their OpenAPI schema: every type documented with {@code @Schema} is walked too,
     * but for the input ({@code service.facts}), which is read into the engine's public fact records by design.
     */
    @Test
    void noEngineTypeIsWrittenInAnHttpAnswer() {
        List<String> found = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        CLASSES.stream()
                .filter(c -> c.isAnnotatedWith(RestController.class))
                .map(c -> c.reflect())
                .forEach(controller -> {
                    for (Method handler : controller.getDeclaredMethods()) {
                        if (AnnotatedElementUtils.hasAnnotation(handler, RequestMapping.class)) {
                            walk(handler.getGenericReturnType(), controller.getSimpleName() + "." + handler.getName(),
                                    seen, found);
                        }
                    }
                });
        CLASSES.stream().filter(c -> c.isAnnotatedWith(Schema.class) && !c.getPackageName().equals(SERVICE + ".facts"))
                .forEach(view -> walk(view.reflect(), view.getSimpleName(), seen, found));
        assertThat(seen).as("the walk found the answers' types").anyMatch(t -> t.getTypeName().endsWith("DiagnosisResponse"));
        assertThat(found).as("engine types in HTTP answers").isEmpty();
    }

    private static void walk(Type type, String path, Set<Type> seen, List<String> found) {
        if (type instanceof ParameterizedType p) {
            walk(p.getRawType(), path, seen, found);
            for (Type argument : p.getActualTypeArguments()) {
                walk(argument, path + "<>", seen, found);
            }
            return;
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                walk(bound, path, seen, found);
            }
            return;
        }
        if (type instanceof GenericArrayType a) {
            walk(a.getGenericComponentType(), path + "[]", seen, found);
            return;
        }
        if (!(type instanceof Class<?> c) || !seen.add(type)) {
            return;
        }
        if (c.isArray()) {
            walk(c.getComponentType(), path + "[]", seen, found);
            return;
        }
        String name = c.getName();
        if (name.startsWith("com.salesdiag.engine.")) {
            found.add(path + ": " + name);
            return;
        }
        if (!name.startsWith(SERVICE + ".") || c.isEnum()) {
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                walk(component.getGenericType(), path + "." + component.getName(), seen, found);
            }
        }
        for (Field field : c.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                walk(field.getGenericType(), path + "." + field.getName(), seen, found);
            }
        }
        for (Method getter : c.getMethods()) {
            if (getter.getParameterCount() == 0 && !Modifier.isStatic(getter.getModifiers())
                    && getter.getName().startsWith("get") && getter.getDeclaringClass() != Object.class) {
                walk(getter.getGenericReturnType(), path + "." + getter.getName(), seen, found);
            }
        }
    }
}
