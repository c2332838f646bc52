package io.batterylab.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;

/** What the UI tests share: a display (Xvfb in CI), event-loop spinning and screenshots. */
final class SwtWindows {
    private SwtWindows() {
    }

    /** The display, or the test is skipped without one (failed when {@code CI=true}). */
    static Display display() {
        boolean hasDisplay = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        if (!hasDisplay && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but no DISPLAY: the UI tests must run under Xvfb (.ci/run)");
        }
        Assumptions.assumeTrue(hasDisplay, "SKIPPED: UI tests need a display; run under xvfb-run (see README)");
        return Display.getDefault();
    }

    /** Closes every window a test left open (null: the test was skipped before it had a display). */
    static void disposeShells(Display display) {
        if (display != null) {
            java.util.Arrays.stream(display.getShells()).forEach(Shell::dispose);
        }
    }

    static void spin(Display display) {
        for (int i = 0; i < 50; i++) {
            while (display.readAndDispatch()) {
                // drain the event queue so layouts and paints happen as for a person
            }
        }
    }

    /** Runs the event loop until the condition holds; false when it did not within the time. */
    static boolean spinUntil(Display display, BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            spin(display);
            Thread.sleep(50);
        }
        return true;
    }

    /** Leaves a picture for people reviewing a build (target/ui-screenshots). */
    static Path saveScreenshot(Shell shell, String name) throws Exception {
        Display display = shell.getDisplay();
        spin(display);
        Path dir = Path.of(System.getProperty("batterylab.screenshots", "target/ui-screenshots"));
        Files.createDirectories(dir);
        Image image = new Image(display, shell.getBounds().width, shell.getBounds().height);
        GC gc = new GC(shell);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        Path file = dir.resolve(name);
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
        return file;
    }
}
