package io.batterylab.plugins;

import java.util.Optional;

/** The installed plugins by kind and the state of the plugins folder; a DS service for the workbench and REST. */
public interface PluginCatalog {
    PluginInventory inventory();

    /** The folder that is watched for plugin jars; empty when this runtime watches none. */
    Optional<PluginFolder> folder();
}
