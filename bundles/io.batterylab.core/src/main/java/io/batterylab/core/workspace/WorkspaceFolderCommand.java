package io.batterylab.core.workspace;

import java.io.PrintStream;
import java.util.Map;
import java.util.Properties;

/**
 * {@code java -cp io.batterylab.core_*.jar io.batterylab.core.workspace.WorkspaceFolderCommand}: how the start scripts
 * find the workspace folder by the same rule as the product ({@link WorkspaceLocation#resolve}) instead of a shell
 * copy of it. Creates the folder, checks that it can be written, prints it and exits 0; otherwise prints why on
 * standard error and exits 1. Printing is this command's whole job, so it writes to the console itself.
 */
public final class WorkspaceFolderCommand {
    private WorkspaceFolderCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(System.getProperties(), System.getenv(), System.out, System.err));
    }

    static int run(Properties system, Map<String, String> environment, PrintStream out, PrintStream err) {
        try {
            out.println(WorkspaceFolder.prepare(WorkspaceLocation.resolve(system, environment)));
            return 0;
        } catch (WorkspaceException e) {
            err.println("BatteryLab: " + e.getMessage());
            return 1;
        }
    }
}
