package io.github.camelcallfire.springboot;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@code callfire} component, configured from {@code camel.component.callfire.*}, unless the
 * application defines its own {@link CallfireComponent} bean. Camel finds the bean by its name when a route uses a
 * {@code callfire:} endpoint.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnClass(CamelContext.class)
@ConditionalOnProperty(prefix = CallfireComponentConfiguration.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CallfireComponentConfiguration.class)
public class CallfireComponentAutoConfiguration {

    @Bean(name = "callfire")
    @ConditionalOnMissingBean(CallfireComponent.class)
    public CallfireComponent callfireComponent(CallfireComponentConfiguration properties, BeanFactory beans) {
        CallfireComponent component = new CallfireComponent();
        component.setLazyStartProducer(properties.isLazyStartProducer());
        component.setBridgeErrorHandler(properties.isBridgeErrorHandler());
        component.setAutowiredEnabled(properties.isAutowiredEnabled());
        component.setHealthCheckConsumerEnabled(properties.isHealthCheckConsumerEnabled());
        component.setHealthCheckProducerEnabled(properties.isHealthCheckProducerEnabled());
        configure(component.getConfiguration(), properties, beans);
        return component;
    }

    private static void configure(CallfireConfiguration target, CallfireComponentConfiguration properties,
                                  BeanFactory beans) {
        target.setUsername(properties.getUsername());
        target.setPassword(properties.getPassword());
        target.setBaseUrl(properties.getBaseUrl());
        target.setConnectTimeout(properties.getConnectTimeout().toMillis());
        target.setResponseTimeout(properties.getResponseTimeout().toMillis());
        target.setConnectionRequestTimeout(properties.getConnectionRequestTimeout().toMillis());
        target.setMaxConnections(properties.getMaxConnections());
        target.setMaxRetries(properties.getMaxRetries());
        target.setRetryInitialDelay(properties.getRetryInitialDelay().toMillis());
        target.setRetryMaxDelay(properties.getRetryMaxDelay().toMillis());
        target.setMaxRetryAfter(properties.getMaxRetryAfter().toMillis());
        target.setRateLimit(properties.getRateLimit());
        target.setTrustAllCertificates(properties.isTrustAllCertificates());
        target.setProxyHost(properties.getProxyHost());
        target.setProxyPort(properties.getProxyPort());
        target.setProxyUsername(properties.getProxyUsername());
        target.setProxyPassword(properties.getProxyPassword());
        if (properties.getSslContextParameters() != null) {
            target.setSslContextParameters(sslContextParameters(properties.getSslContextParameters(), beans));
        }
    }

    private static SSLContextParameters sslContextParameters(String reference, BeanFactory beans) {
        String name = reference.replaceFirst("^#(bean:)?", "");
        try {
            return beans.getBean(name, SSLContextParameters.class);
        } catch (NoSuchBeanDefinitionException e) {
            throw new IllegalArgumentException(CallfireComponentConfiguration.PREFIX + ".ssl-context-parameters="
                    + reference + " names no SSLContextParameters bean called '" + name + "'", e);
        }
    }
}
