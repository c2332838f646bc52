package io.batterylab.ui.tests;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The display of a UI test ({@link SwtWindows#display()}: skipped without one, failed on CI) and, after the test,
 * none of its shells left open for the next one. Register it with {@code @RegisterExtension}.
 */
final class DisplayPerTest implements BeforeEachCallback, AfterEachCallback {
    private Display display;

    @Override
    public void beforeEach(ExtensionContext context) {
        display = SwtWindows.display();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SwtWindows.disposeShells(display);
    }

    Display display() {
        return display;
    }
}
