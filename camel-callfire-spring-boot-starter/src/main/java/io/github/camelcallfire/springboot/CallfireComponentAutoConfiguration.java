package io.github.camelcallfire.springboot;

import java.util.Map;

import io.github.camelcallfire.CallfireComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies {@code camel.component.callfire.*} to the component named {@code callfire}, as camel-spring-boot's own
 * starters do: through a {@link ComponentCustomizer} that Camel runs when the component is added to the context,
 * not through a component bean. The {@code callfire} component is created by Camel from its service file (or is an
 * application bean of that name), so {@code CallfireComponent} beans of other names, e.g. a second account, coexist
 * with it and keep their own settings.
 *
 * <p>Unlike camel-spring-boot's generated customizers, which configure every instance of the component's class, this
 * one configures only the component named {@code callfire}: the properties describe one account, and copying them
 * onto a second account's component would overwrite its credentials.
 *
 * <p>{@code camel.component.callfire.enabled=false} (or {@code camel.component.enabled=false}) turns the
 * auto-configuration off; {@code camel.component.callfire.customizer.enabled=false} (or
 * {@code camel.component.customizer.enabled=false}) keeps it but leaves the properties unapplied.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, CallfireComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", CallfireComponentConfiguration.PREFIX})
public class CallfireComponentAutoConfiguration {

    /** The name the properties are applied to: the component's scheme. */
    public static final String COMPONENT_NAME = "callfire";

    @Lazy
    @Bean
    public ComponentCustomizer configureCallfireComponent(CamelContext camelContext,
                                                          ApplicationContext applicationContext,
                                                          CallfireComponentConfiguration configuration) {
        return ComponentCustomizer.builder(CallfireComponent.class)
                .withCondition((name, component) -> COMPONENT_NAME.equals(name)
                        && HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                                CallfireComponentConfiguration.PREFIX + ".customizer"))
                .build(component -> apply(camelContext, configuration.componentOptions(), component));
    }

    /**
     * Sets each option through the component's generated configurer, which converts the values; options of an object
     * type are given as bean names and looked up in the registry.
     */
    static void apply(CamelContext camelContext, Map<String, Object> options, CallfireComponent component) {
        PropertyConfigurer configurer = component.getComponentPropertyConfigurer();
        options.forEach((option, value) -> {
            Class<?> type = ((PropertyConfigurerGetter) configurer).getOptionType(option, false);
            Object resolved = value;
            if (value instanceof String reference && type != null && type != String.class) {
                resolved = lookup(camelContext, option, reference, type);
            }
            if (!configurer.configure(camelContext, component, option, resolved, false)) {
                throw new IllegalStateException("the callfire component has no option " + option);
            }
        });
    }

    private static Object lookup(CamelContext camelContext, String option, String reference, Class<?> type) {
        String name = reference.replaceFirst("^#(bean:)?", "");
        Object bean = camelContext.getRegistry().lookupByNameAndType(name, type);
        if (bean == null) {
            throw new IllegalArgumentException(CallfireComponentConfiguration.PREFIX + "."
                    + option.replaceAll("([A-Z])", "-$1").toLowerCase() + "=" + reference + " names no "
                    + type.getSimpleName() + " bean called '" + name + "'");
        }
        return bean;
    }
}
