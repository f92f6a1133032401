package io.github.camelcallfire.quarkus.deployment;

import java.util.ArrayList;
import java.util.List;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireComponentConfigurer;
import io.github.camelcallfire.CallfireConfiguration;
import io.github.camelcallfire.CallfireConsumer;
import io.github.camelcallfire.CallfireConsumerConfiguration;
import io.github.camelcallfire.CallfireEndpoint;
import io.github.camelcallfire.CallfireEndpointConfigurer;
import io.github.camelcallfire.CallfireEndpointUriFactory;
import io.github.camelcallfire.CallfireOperationParameters;
import io.github.camelcallfire.CallfireOperationParametersConfigurer;
import io.github.camelcallfire.CallfireProducer;
import io.github.camelcallfire.model.CallfireModel;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.builditem.nativeimage.RuntimeInitializedClassBuildItem;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;

/**
 * Build steps of the callfire extension. JVM mode needs none of this but the feature; the reflection and resource
 * registrations are what a native image needs and are ignored in JVM mode.
 */
class CallfireProcessor {

    static final String FEATURE = "camel-callfire";

    /** The package of the CallFire resources that Jackson binds (every class in it, nested ones included). */
    static final String MODEL_PACKAGE = CallfireModel.class.getPackageName();

    /**
     * Resources of camel-callfire read at run time: the catalog JSON ({@code CallfireVersion} reads the component
     * version from it for the User-Agent header) and the service descriptors Camel's resolvers look up. The operation
     * table is Java code ({@code CallfireOperation}), not a resource.
     */
    static final List<String> RESOURCES = List.of(
            "META-INF/io/github/camelcallfire/callfire.json",
            "META-INF/services/org/apache/camel/component/callfire",
            "META-INF/services/org/apache/camel/configurer/callfire-component",
            "META-INF/services/org/apache/camel/configurer/callfire-endpoint",
            "META-INF/services/org/apache/camel/urifactory/callfire-endpoint");

    /** The Camel roles of the component, its {@code @UriParams} classes and the generated configurers. */
    static final List<Class<?>> COMPONENT_CLASSES = List.of(
            CallfireComponent.class,
            CallfireEndpoint.class,
            CallfireConsumer.class,
            CallfireProducer.class,
            CallfireConfiguration.class,
            CallfireConsumerConfiguration.class,
            CallfireOperationParameters.class,
            CallfireComponentConfigurer.class,
            CallfireEndpointConfigurer.class,
            CallfireOperationParametersConfigurer.class,
            CallfireEndpointUriFactory.class);

    /**
     * Holds a static SecureRandom; HttpClient 5's default auth schemes reference it (proxy authentication). Camel
     * Quarkus' own HttpClient 5 support extension initializes it at run time too; that extension is not published for
     * 3.33.0, so this one does it.
     */
    static final String NTLM_ENGINE = "org.apache.hc.client5.http.impl.auth.NTLMEngineImpl";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** Indexes camel-callfire even where its jar lacks META-INF/jandex.idx, so that the model scan finds the models. */
    @BuildStep
    IndexDependencyBuildItem indexComponent() {
        return new IndexDependencyBuildItem("io.github.camelcallfire", "camel-callfire");
    }

    @BuildStep
    void reflection(CombinedIndexBuildItem combinedIndex, BuildProducer<ReflectiveClassBuildItem> reflectiveClasses) {
        List<String> models = new ArrayList<>();
        for (ClassInfo model : combinedIndex.getIndex().getClassesInPackage(DotName.createSimple(MODEL_PACKAGE))) {
            models.add(model.name().toString());
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("No class of " + MODEL_PACKAGE + " in the Jandex index: is camel-callfire "
                    + "on the class path? A native image would fail to bind CallFire's JSON without them.");
        }
        // Jackson creates, reads and writes the models through constructors, getters/setters and the any-field of
        // CallfireModel; enums through their @JsonCreator/@JsonValue methods
        reflectiveClasses.produce(ReflectiveClassBuildItem.builder(models)
                .constructors().methods().fields()
                .reason(getClass().getName() + ": CallFire models bound by Jackson")
                .build());

        reflectiveClasses.produce(ReflectiveClassBuildItem.builder(COMPONENT_CLASSES.toArray(Class<?>[]::new))
                .constructors().methods().fields()
                .reason(getClass().getName() + ": callfire component, its options and generated configurers")
                .build());
    }

    @BuildStep
    NativeImageResourceBuildItem resources() {
        return new NativeImageResourceBuildItem(RESOURCES);
    }

    @BuildStep
    RuntimeInitializedClassBuildItem runtimeInitializedClasses() {
        return new RuntimeInitializedClassBuildItem(NTLM_ENGINE);
    }
}
