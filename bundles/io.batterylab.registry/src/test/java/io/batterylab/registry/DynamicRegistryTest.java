package io.batterylab.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.Plugin;
import java.util.List;
import org.junit.jupiter.api.Test;

class DynamicRegistryTest {
    record Named(String id, String displayName) implements Plugin {
    }

    @Test
    void givenPluginsAddedInAnyOrderWhenListedThenSortedByDisplayName() {
        DynamicRegistry<Named> registry = new DynamicRegistry<>("test");
        registry.add(new Named("xlsx", "Excel workbook"));
        registry.add(new Named("csv", "CSV table"));

        assertEquals(List.of("csv", "xlsx"), registry.all().stream().map(Named::id).toList());
    }

    @Test
    void givenDuplicateIdWhenAddedThenFirstStays() {
        DynamicRegistry<Named> registry = new DynamicRegistry<>("test");
        Named first = new Named("csv", "CSV table");
        registry.add(first);
        registry.add(new Named("csv", "Another CSV"));

        assertEquals(1, registry.all().size());
        assertSame(first, registry.find("csv").orElseThrow());
    }

    @Test
    void givenRemovedPluginWhenLookedUpThenGone() {
        DynamicRegistry<Named> registry = new DynamicRegistry<>("test");
        Named csv = new Named("csv", "CSV table");
        registry.add(csv);
        registry.remove(csv);

        assertTrue(registry.find("csv").isEmpty());
        assertTrue(registry.all().isEmpty());
    }
}
