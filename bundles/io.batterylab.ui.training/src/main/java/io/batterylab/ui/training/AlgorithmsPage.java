package io.batterylab.ui.training;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.RunSpec;
import io.batterylab.core.training.SeedRepeats;
import io.batterylab.core.training.TrainingJobSpec;
import io.batterylab.ui.forms.SettingsForm;
import io.batterylab.ui.forms.SettingsFormModel;
import io.batterylab.ui.forms.Tabs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Second page: one to three installed algorithms (read from the registry each time the page is shown, so a plugin
 * installed meanwhile is offered), each with its settings form generated from its {@code @Setting}s, and the seeds.
 */
public final class AlgorithmsPage extends WizardPage {
    private final AlgorithmRegistry registry;
    private final Supplier<TargetChoice> target;
    private final Map<String, SettingsForm> forms = new LinkedHashMap<>();
    private final Map<String, TabItem> tabs = new LinkedHashMap<>();
    private Table algorithms;
    private Text seeds;
    private TabFolder settings;

    AlgorithmsPage(AlgorithmRegistry registry, Supplier<TargetChoice> target) {
        super("algorithms");
        this.registry = registry;
        this.target = target;
        setTitle("Algorithms, settings and seeds");
        setDescription("Tick 1 to " + TrainingJobSpec.MAX_RUNS + " algorithms. Several seeds repeat each one and"
                + " report mean ± std.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        algorithms = new Table(page, SWT.CHECK | SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        algorithms.setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        tableData.heightHint = 110;
        algorithms.setLayoutData(tableData);
        for (String column : List.of("Algorithm", "Id", "Version", "Targets")) {
            TableColumn c = new TableColumn(algorithms, SWT.LEFT);
            c.setText(column);
            c.setWidth(column.equals("Algorithm") ? 330 : 120);
        }
        algorithms.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                update();
            }
        });
        new Label(page, SWT.NONE).setText("Seeds");
        seeds = new Text(page, SWT.BORDER);
        seeds.setText("1");
        seeds.setToolTipText("one seed runs each algorithm once; e.g. 1, 2, 3 repeats it three times");
        seeds.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        seeds.addListener(SWT.Modify, e -> update());
        settings = new TabFolder(page, SWT.TOP);
        settings.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        setControl(page);
        refreshAlgorithms();
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            refreshAlgorithms();
        }
        super.setVisible(visible);
    }

    /** Lists the algorithms installed now, keeping the ticks of those still there. */
    public void refreshAlgorithms() {
        List<String> ticked = checkedIds();
        algorithms.removeAll();
        for (Algorithm a : registry.all()) {
            TableItem item = new TableItem(algorithms, SWT.NONE);
            item.setData(a);
            item.setText(new String[] {a.displayName(), a.id(), a.version(),
                    a.supportedTargets().stream().map(Target::key).sorted().collect(Collectors.joining(", "))});
            item.setChecked(ticked.contains(a.id()));
        }
        update();
    }

    private List<String> checkedIds() {
        return Arrays.stream(algorithms.getItems()).filter(TableItem::getChecked)
                .map(i -> ((Algorithm) i.getData()).id()).toList();
    }

    private List<Algorithm> checked() {
        return Arrays.stream(algorithms.getItems()).filter(TableItem::getChecked).map(i -> (Algorithm) i.getData())
                .toList();
    }

    private void update() {
        List<Algorithm> chosen = checked();
        syncForms(chosen);
        String problem = problem(chosen);
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private void syncForms(List<Algorithm> chosen) {
        List<String> ids = chosen.stream().map(Algorithm::id).toList();
        for (String id : List.copyOf(tabs.keySet())) {
            if (!ids.contains(id)) {
                tabs.remove(id).dispose();
                forms.remove(id).getParent().dispose();
            }
        }
        for (Algorithm a : chosen) {
            if (!forms.containsKey(a.id())) {
                TabItem tab = new TabItem(settings, SWT.NONE);
                tab.setText(a.displayName());
                ScrolledComposite scroll = new ScrolledComposite(settings, SWT.V_SCROLL);
                scroll.setLayout(new FillLayout());
                SettingsForm form = new SettingsForm(scroll,
                        new SettingsFormModel(a.settingsType(), a.defaultSettings()));
                scroll.setContent(form);
                scroll.setExpandHorizontal(true);
                scroll.setExpandVertical(true);
                scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
                form.onValidityChange(valid -> update());
                tab.setControl(scroll);
                tabs.put(a.id(), tab);
                forms.put(a.id(), form);
            }
        }
        Tabs.showSelected(settings);
    }

    private String problem(List<Algorithm> chosen) {
        if (chosen.isEmpty() || chosen.size() > TrainingJobSpec.MAX_RUNS) {
            return "Tick 1 to " + TrainingJobSpec.MAX_RUNS + " algorithms (" + chosen.size() + " ticked)";
        }
        TargetChoice t = target.get();
        for (Algorithm a : chosen) {
            if (t.targets().stream().noneMatch(a.supportedTargets()::contains)) {
                return a.displayName() + " cannot predict " + t.label();
            }
            var error = forms.get(a.id()).model().firstError();
            if (error.isPresent()) {
                return a.displayName() + ": " + error.get();
            }
        }
        List<Long> seedList;
        try {
            seedList = SeedText.parse(seeds.getText());
        } catch (IllegalArgumentException e) {
            return "Seeds: " + e.getMessage();
        }
        if (seedList.size() > 1) {
            for (Algorithm a : chosen) {
                if (!SeedRepeats.seeded(a.settingsType())) {
                    return a.displayName() + " has no seed setting: give one seed to run it once";
                }
            }
        }
        return null;
    }

    /** The runs: each ticked algorithm with its form's settings, repeated per seed when several are given. */
    List<RunSpec> runs() {
        List<Long> seedList = SeedText.parse(seeds.getText());
        List<RunSpec> runs = new ArrayList<>();
        for (Algorithm a : checked()) {
            RunSpec run = new RunSpec(a.id(), List.of(Feature.values()), forms.get(a.id()).model().settings());
            runs.addAll(seedList.size() > 1 ? SeedRepeats.repeat(run, seedList) : List.of(run));
        }
        return runs;
    }

    public Table algorithmTable() {
        return algorithms;
    }

    public Text seedsText() {
        return seeds;
    }

    public SettingsForm form(String algorithmId) {
        return forms.get(algorithmId);
    }
}
