package io.retort.spring;

import io.retort.Retort;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code retort} actuator endpoint, when the actuator is on the class path and the endpoint is exposed. */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnBean(RetortSetup.class)
@ConditionalOnAvailableEndpoint(RetortEndpoint.class)
public class RetortEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RetortEndpoint retortEndpoint(Retort retort, RetortSetup setup) {
        return new RetortEndpoint(retort, setup.address(), setup.historyTable());
    }
}
