package io.batterylab.ui.training;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.TargetChoice;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** First page of the wizard: the job's name, its target and the cells with their roles (split by cell by default). */
public final class DataPage extends WizardPage {
    private final CellRoles roles;
    private final Map<CellRole, Button> roleButtons = new EnumMap<>(CellRole.class);
    private Text name;
    private Combo target;
    private Table cells;
    private Label counts;
    private Button rowLevel;
    private Label leakage;

    DataPage(List<Battery> cells) {
        super("data");
        this.roles = new CellRoles(cells);
        setTitle("Name, target and cells");
        setDescription("Pick the cells to train, validate and test on. Each cell belongs to one side of the split.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        new Label(page, SWT.NONE).setText("Name");
        name = new Text(page, SWT.BORDER);
        name.setMessage("e.g. baseline vs DeepHPM");
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(page, SWT.NONE).setText("Target");
        target = new Combo(page, SWT.READ_ONLY);
        Arrays.stream(TargetChoice.values()).forEach(t -> target.add(t.label() + " (" + t.key() + ")"));
        target.select(0);
        target.addListener(SWT.Selection, e -> update());

        cells = new Table(page, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        cells.setHeaderVisible(true);
        cells.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 260;
        cells.setLayoutData(tableData);
        for (String column : List.of("Cell", "Split label", "Cycles", "Source", "Use as")) {
            TableColumn c = new TableColumn(cells, SWT.LEFT);
            c.setText(column);
            c.setWidth(column.equals("Cell") ? 260 : 110);
        }
        for (Battery cell : roles.cells()) {
            TableItem item = new TableItem(cells, SWT.NONE);
            item.setData(cell.id());
            item.setText(new String[] {cell.label(), cell.split() == null ? "" : cell.split(),
                    Integer.toString(cell.cycleCount()), cell.isBuiltIn() ? "built-in" : "upload", ""});
        }

        Composite buttons = new Composite(page, SWT.NONE);
        buttons.setLayout(new RowLayout());
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (CellRole role : List.of(CellRole.TRAIN, CellRole.VALIDATION, CellRole.TEST, CellRole.UNUSED)) {
            Button b = new Button(buttons, SWT.PUSH);
            b.setText(role == CellRole.UNUSED ? "Not used" : "Use for " + role.label().toLowerCase());
            b.addListener(SWT.Selection, e -> assignSelected(role));
            roleButtons.put(role, b);
        }
        Button bySplit = new Button(buttons, SWT.PUSH);
        bySplit.setText("By split labels");
        bySplit.setToolTipText("train → Train, test → Validation, secondary_test → Test");
        bySplit.addListener(SWT.Selection, e -> {
            roles.assignBySplitLabels();
            update();
        });
        counts = new Label(page, SWT.NONE);
        counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        rowLevel = new Button(page, SWT.CHECK);
        rowLevel.setText("Split rows instead of cells (" + percent(CellRoles.ROW_VALIDATION) + " validation, "
                + percent(CellRoles.ROW_TEST) + " test rows drawn from the training cells)");
        rowLevel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        rowLevel.addListener(SWT.Selection, e -> {
            roles.rowLevel(rowLevel.getSelection());
            update();
        });
        leakage = new Label(page, SWT.WRAP);
        leakage.setText("⚠ Leakage: neighbouring cycles of one cell land in training and in validation/test, so the"
                + " metrics look better than they will be on a new cell.");
        leakage.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData leakageData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        leakageData.widthHint = 600;
        leakage.setLayoutData(leakageData);
        setControl(page);
        update();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private void assignSelected(CellRole role) {
        roles.assign(Arrays.stream(cells.getSelection()).map(i -> (Long) i.getData()).toList(), role);
        update();
    }

    private void update() {
        for (TableItem item : cells.getItems()) {
            CellRole role = roles.role((Long) item.getData());
            item.setText(4, role == CellRole.UNUSED ? "" : role.label());
        }
        counts.setText(roles.counts());
        leakage.setVisible(roles.rowLevel());
        ((GridData) leakage.getLayoutData()).exclude = !roles.rowLevel();
        leakage.getParent().layout(true);
        String problem = roles.problem();
        setErrorMessage(problem);
        setMessage(roles.rowLevel() ? "Row-level split: the metrics will be optimistic (leakage)" : null,
                IMessageProvider.WARNING);
        setPageComplete(problem == null);
    }

    String jobName() {
        return name.getText();
    }

    TargetChoice target() {
        return TargetChoice.values()[Math.max(0, target.getSelectionIndex())];
    }

    CellRoles roles() {
        return roles;
    }

    public Text nameText() {
        return name;
    }

    public Combo targetCombo() {
        return target;
    }

    public Table cellTable() {
        return cells;
    }

    public Button roleButton(CellRole role) {
        return roleButtons.get(role);
    }

    public Button rowLevelCheck() {
        return rowLevel;
    }

    public Label leakageWarning() {
        return leakage;
    }

    public Label countsLabel() {
        return counts;
    }
}
