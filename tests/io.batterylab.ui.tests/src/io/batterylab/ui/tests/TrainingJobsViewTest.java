package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.User;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.test.support.Services;
import io.batterylab.ui.status.JobStatusIcons;
import io.batterylab.ui.training.TrainingJobsView;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The training jobs view in a real window on the real services: each job's status is an icon with its word as the
 * tooltip; and File → New training job… is wired as a command with its handler and menu item.
 */
class TrainingJobsViewTest {
    @RegisterExtension
    final DisplayPerTest swt = new DisplayPerTest();

    @Test
    void givenADoneAndACancelledJobWhenListedThenEachShowsItsStatusIconWithItsWordAsTooltip() throws Exception {
        User user = TinyTraining.newUser("icons");
        List<Battery> cells = TinyTraining.builtInCells(user).subList(0, 1);
        TrainingJobService jobs = Services.await(TrainingJobService.class);
        TrainingJob done = TinyTraining.awaitEnd(user, TinyTraining.submit(user, "done", cells, 3).id());
        TrainingJob slow = TinyTraining.submit(user, "cancelled", cells, 5000);
        assertTrue(jobs.cancel(user.id(), slow.id()), "the long job can be cancelled");
        TrainingJob cancelled = TinyTraining.awaitEnd(user, slow.id());
        assertEquals(JobStatus.SUCCEEDED, done.status(), done::error);
        assertEquals(JobStatus.CANCELED, cancelled.status());

        Shell shell = new TrainingWizardDriver(swt.display()).shell("Training jobs", 1100, 500);
        TrainingJobsView view = new TrainingJobsView(shell, jobs, Services.await(ModelVersionService.class),
                Services.await(AlgorithmRegistry.class), user.id(), () -> { });
        shell.open();
        Table table = view.jobTable();
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> table.getItemCount() == 2, 30_000), "both jobs listed");
        SwtWindows.spin(swt.display());

        assertStatusCell(table, done.id(), JobStatus.SUCCEEDED, "Done");
        assertStatusCell(table, cancelled.id(), JobStatus.CANCELED, "Cancelled");
        Rectangle name = row(table, done.id()).getBounds(1);
        assertNull(hover(table, name.x + 4, name.y + name.height / 2), "no status tooltip over the name");
        SwtWindows.saveScreenshot(shell, "training-jobs-status-icons.png");
    }

    private void assertStatusCell(Table table, long jobId, JobStatus status, String word) {
        TableItem item = row(table, jobId);
        int column = TrainingJobsView.STATUS_COLUMN;
        assertEquals("Status", table.getColumn(column).getText());
        assertSame(JobStatusIcons.image(swt.display(), status), item.getImage(column), "the " + word + " icon");
        assertEquals(16, item.getImage(column).getBounds().width, "the bundle's 16 px PNG, not JFace's missing image");
        assertEquals("", item.getText(column), "the icon, not the enum name");
        Rectangle cell = item.getBounds(column);
        assertEquals(word, hover(table, cell.x + cell.width / 2, cell.y + cell.height / 2));
    }

    private static TableItem row(Table table, long jobId) {
        return Arrays.stream(table.getItems()).filter(i -> i.getData().equals(jobId)).findFirst()
                .orElseThrow(() -> new AssertionError("job " + jobId + " listed"));
    }

    /** Moves the mouse over the table there and reads the tooltip it would show. */
    private static String hover(Table table, int x, int y) {
        Event move = new Event();
        move.x = x;
        move.y = y;
        table.notifyListeners(SWT.MouseMove, move);
        return table.getToolTipText();
    }

    @Test
    void givenTheTrainingFragmentWhenReadThenFileNewTrainingJobIsACommandWithAHandlerAndAMenuItem() throws Exception {
        Bundle training = FrameworkUtil.getBundle(TrainingJobsView.class);
        Document fragment;
        try (InputStream in = training.getEntry("fragment.e4xmi").openStream()) {
            fragment = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Element command = element(fragment, "io.batterylab.ui.training.command.newJob");
        Element handler = element(fragment, "io.batterylab.ui.training.handler.newJob");
        Element item = element(fragment, "io.batterylab.ui.training.menu.newJob");
        String commandRef = command.getAttribute("xmi:id");
        assertEquals(commandRef, handler.getAttribute("command"), "the handler runs the command");
        assertEquals(commandRef, item.getAttribute("command"), "the menu item invokes the command");
        assertEquals("New &training job…", item.getAttribute("label"));
        Element menuFragment = (Element) item.getParentNode();
        assertEquals("io.batterylab.app.menu.file", menuFragment.getAttribute("parentElementId"), "in the File menu");
        assertEquals("commands", ((Element) command.getParentNode()).getAttribute("featurename"));
        assertEquals("handlers", ((Element) handler.getParentNode()).getAttribute("featurename"));

        String uri = handler.getAttribute("contributionURI");
        String prefix = "bundleclass://" + training.getSymbolicName() + "/";
        assertTrue(uri.startsWith(prefix), uri);
        Class<?> handlerClass = training.loadClass(uri.substring(prefix.length()));
        Optional<Method> execute = Arrays.stream(handlerClass.getMethods()).filter(m -> Arrays
                .stream(m.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals("org.eclipse.e4.core.di.annotations.Execute")))
                .findFirst();
        assertTrue(execute.isPresent(), handlerClass + " has an @Execute method");
        assertNotNull(handlerClass.getConstructor(), "e4 can create the handler");
    }

    private static Element element(Document doc, String elementId) {
        NodeList all = doc.getElementsByTagName("elements");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (elementId.equals(e.getAttribute("elementId"))) {
                return e;
            }
        }
        throw new AssertionError("the fragment has no element " + elementId);
    }
}
