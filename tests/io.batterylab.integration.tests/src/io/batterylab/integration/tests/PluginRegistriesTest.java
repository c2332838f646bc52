package io.batterylab.integration.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.batterylab.core.plugin.DataSourceRegistry;
import io.batterylab.core.plugin.DeviceConnectorRegistry;
import io.batterylab.core.plugin.ExporterRegistry;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.test.support.Services;
import org.junit.jupiter.api.Test;

class PluginRegistriesTest {

    @Test
    void givenRunningFrameworkWhenClientsLookUpEachPluginKindThenOneRegistryServiceEachIsThere() throws Exception {
        assertNotNull(Services.await(DataSourceRegistry.class).all());
        assertNotNull(Services.await(ExporterRegistry.class).all());
        assertNotNull(Services.await(DeviceConnectorRegistry.class).all());
        assertNotNull(Services.await(AlgorithmRegistry.class).all());
    }
}
