package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatterySource;
import io.batterylab.core.model.User;
import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.UserService;
import io.batterylab.test.support.Services;
import io.batterylab.ui.analysis.AnalysisLoader;
import io.batterylab.ui.analysis.AnalysisView;
import io.batterylab.ui.areas.AreaSwitcherBar;
import io.batterylab.ui.status.ErrorLogView;
import io.batterylab.ui.status.Failure;
import io.batterylab.ui.status.FailureReporter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.e4.ui.model.application.ui.advanced.MAdvancedFactory;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The workbench shell's shared pieces in real SWT: the area switcher and failure reporting. */
class WorkbenchShellTest {
    private Display display;

    @BeforeEach
    void needsDisplay() {
        display = SwtWindows.display();
    }

    @AfterEach
    void closeShells() {
        SwtWindows.disposeShells(display);
    }

    private static MPerspective perspective(MPerspectiveStack stack, String id, String label) {
        MPerspective p = MAdvancedFactory.INSTANCE.createPerspective();
        p.setElementId(id);
        p.setLabel(label);
        stack.getChildren().add(p);
        return p;
    }

    @Test
    void givenAreasContributedInAnyOrderWhenTheSwitcherShowsThemThenTheyAreInOrderAndAClickSwitches() throws Exception {
        MPerspectiveStack stack = MAdvancedFactory.INSTANCE.createPerspectiveStack();
        perspective(stack, "io.batterylab.ui.testing.perspective", "Testing");
        perspective(stack, "org.example.perspective", "Extra");
        MPerspective data = perspective(stack, "io.batterylab.app.perspective.data", "Data");
        MPerspective analysis = perspective(stack, analysisFragmentPerspectiveId(), "Analysis");
        stack.setSelectedElement(data);
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        List<MPerspective> switched = new ArrayList<>();
        AreaSwitcherBar bar = new AreaSwitcherBar(shell, p -> {
            switched.add(p);
            stack.setSelectedElement(p);
        });
        bar.show(stack);
        shell.pack();
        shell.open();
        SwtWindows.spin(display);

        assertEquals(List.of("Data", "Analysis", "Testing", "Extra"), bar.items().stream().map(ToolItem::getText).toList());
        assertTrue(bar.items().get(0).getSelection(), "the shown area's toggle is pressed");

        ToolItem analysisToggle = bar.items().get(1);
        bar.items().get(0).setSelection(false);
        analysisToggle.setSelection(true);
        analysisToggle.notifyListeners(SWT.Selection, new Event());
        bar.show(stack);

        assertEquals(List.of(analysis), switched);
        assertTrue(bar.items().get(1).getSelection());
        assertFalse(bar.items().get(0).getSelection());
    }

    /** The Analysis bundle's fragment puts its perspective into the workbench's area stack. */
    private static String analysisFragmentPerspectiveId() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(AnalysisView.class);
        assertEquals("fragment.e4xmi", bundle.getHeaders().get("Model-Fragment"));
        try (InputStream in = bundle.getEntry("fragment.e4xmi").openStream()) {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            Element fragment = (Element) doc.getElementsByTagName("fragments").item(0);
            assertEquals("io.batterylab.app.perspectives", fragment.getAttribute("parentElementId"));
            assertEquals("children", fragment.getAttribute("featurename"));
            Element perspective = (Element) fragment.getElementsByTagName("elements").item(0);
            assertEquals("Analysis", perspective.getAttribute("label"));
            return perspective.getAttribute("elementId");
        }
    }

    @Test
    void givenTheApplicationModelWhenEveryBundleFragmentIsReadThenEachTargetsAnElementThatExists() throws Exception {
        Path repo = Path.of(System.getProperty("batterylab.repo", "../.."));
        var app = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(repo.resolve("bundles/io.batterylab.app/Application.e4xmi").toFile());
        Set<String> ids = elementIds(app.getDocumentElement());
        Element data = byId(app.getDocumentElement(), "io.batterylab.app.perspective.data");
        assertEquals("io.batterylab.app.perspectives", ((Element) data.getParentNode()).getAttribute("elementId"),
                "Data is the first area of the perspective stack");
        assertTrue(elementIds(data).containsAll(Set.of("io.batterylab.app.stack.left", "io.batterylab.app.stack.right")),
                "the Data area keeps the published stack ids");

        List<Path> fragments;
        try (Stream<Path> bundles = Files.list(repo.resolve("bundles"))) {
            fragments = bundles.map(b -> b.resolve("fragment.e4xmi")).filter(Files::exists).toList();
        }
        assertTrue(fragments.size() >= 2, "the Plugins view and the Analysis area contribute fragments: " + fragments);
        for (Path fragment : fragments) {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(fragment.toFile());
            NodeList list = doc.getElementsByTagName("fragments");
            for (int i = 0; i < list.getLength(); i++) {
                String parent = ((Element) list.item(i)).getAttribute("parentElementId");
                assertTrue(parent.equals("xpath:/") || ids.contains(parent),
                        fragment + " targets " + parent + ", which Application.e4xmi does not have");
            }
        }
    }

    private static Set<String> elementIds(Element root) {
        Set<String> ids = new HashSet<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            ids.add(((Element) all.item(i)).getAttribute("elementId"));
        }
        ids.add(root.getAttribute("elementId"));
        return ids;
    }

    private static Element byId(Element root, String id) {
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            if (id.equals(((Element) all.item(i)).getAttribute("elementId"))) {
                return (Element) all.item(i);
            }
        }
        throw new AssertionError("no element " + id);
    }

    @Test
    void givenALoadThatFailsWhenAnalysedThenTheUserIsToldWhyAndTheErrorLogKeepsIt() throws Exception {
        BatteryService batteries = Services.await(BatteryService.class);
        AnalysisService analysis = Services.await(AnalysisService.class);
        User user = Services.await(UserService.class).register("failing-" + System.nanoTime(),
                "copper owls sing 17".toCharArray());
        // a battery the user cannot see: the real analysis service refuses it
        Battery unseen = new Battery(-42, null, "ghost cell", BatterySource.BUILT_IN, null, "test", Double.NaN, null, null,
                10, false);
        FailureReporter reporter = FailureReporter.of(display);
        reporter.log().clear();
        Shell shell = new Shell(display);
        shell.setSize(1200, 800);
        shell.setLayout(new FillLayout());
        AnalysisView view = new AnalysisView(shell, filter -> List.of(unseen),
                new AnalysisLoader(batteries, analysis, user.id()));
        Shell logShell = new Shell(display);
        logShell.setSize(900, 400);
        logShell.setLayout(new FillLayout());
        ErrorLogView log = new ErrorLogView(logShell, reporter.log());
        shell.open();
        logShell.open();

        view.start();

        assertTrue(SwtWindows.spinUntil(display, () -> log.table().getItemCount() == 1, 30_000), "the failure is logged");
        Failure failure = reporter.log().failures().get(0);
        assertEquals("Loading the analysis of 1 battery", failure.what());
        assertEquals("battery not found: -42 (IllegalArgumentException)", failure.message());
        assertEquals(failure.message(), log.table().getItem(0).getText(2));
        assertTrue(SwtWindows.spinUntil(display, () -> dialogSaying(failure.summary()) != null, 10_000),
                "a dialog says what went wrong");
        SwtWindows.saveScreenshot(dialogSaying(failure.summary()), "failure-dialog.png");
    }

    private Shell dialogSaying(String text) {
        for (Shell s : display.getShells()) {
            if (s.isVisible() && s.getText().endsWith("failed") && contains(s, text)) {
                return s;
            }
        }
        return null;
    }

    private static boolean contains(org.eclipse.swt.widgets.Composite root, String text) {
        for (var c : root.getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Label l && l.getText().contains(text)) {
                return true;
            }
            if (c instanceof org.eclipse.swt.widgets.Composite comp && contains(comp, text)) {
                return true;
            }
        }
        return false;
    }
}
