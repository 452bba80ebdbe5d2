package de.foyer.display.screen;

import de.foyer.protocol.CallInfo;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import javafx.collections.ObservableList;

/**
 * The calls before the newest one, newest first, in fixed rows so that nothing jumps when one
 * is added. A recalled ticket keeps a small mark here too.
 */
final class HistoryPane extends VBox {

    private final GridPane table = new GridPane();
    private final Label[] numbers = new Label[CallScreenViewModel.HISTORY_SIZE];
    private final Label[] arrows = new Label[CallScreenViewModel.HISTORY_SIZE];
    private final Label[] counters = new Label[CallScreenViewModel.HISTORY_SIZE];
    private final Label[] recallMarks = new Label[CallScreenViewModel.HISTORY_SIZE];
    private final ObservableList<CallInfo> source;

    HistoryPane(CallScreenViewModel viewModel, ScreenTexts texts) {
        getStyleClass().add("history");
        setId("history");
        this.source = viewModel.history();

        table.getColumnConstraints().addAll(column(44, HPos.LEFT), column(14, HPos.CENTER), column(42, HPos.CENTER));
        table.getStyleClass().add("history-table");
        table.add(Captions.of(texts, "number", "table-head"), 0, 0);
        HBox counterHead = Captions.of(texts, "counter", "table-head");
        counterHead.setAlignment(Pos.BASELINE_CENTER);
        table.add(counterHead, 2, 0);
        table.getRowConstraints().add(new RowConstraints());
        for (int row = 0; row < numbers.length; row++) {
            numbers[row] = cell("history-number-" + row, "history-number");
            recallMarks[row] = cell("history-recall-" + row, "history-recall");
            recallMarks[row].setText("↻");
            arrows[row] = cell("history-arrow-" + row, "history-arrow");
            arrows[row].setText("→");
            counters[row] = cell("history-counter-" + row, "history-counter");
            counters[row].setAlignment(Pos.CENTER);
            arrows[row].setAlignment(Pos.CENTER);
            HBox numberCell = new HBox(numbers[row], recallMarks[row]);
            numberCell.setAlignment(Pos.CENTER_LEFT);
            numberCell.getStyleClass().add("history-number-cell");
            // The band behind a row's cells: one stripe per row, without gaps between the columns.
            Region band = new Region();
            band.getStyleClass().add(row % 2 == 0 ? "row-even" : "row-odd");
            table.add(band, 0, row + 1, 3, 1);
            table.add(numberCell, 0, row + 1);
            table.add(arrows[row], 1, row + 1);
            table.add(counters[row], 2, row + 1);
            RowConstraints constraints = new RowConstraints();
            constraints.setVgrow(Priority.ALWAYS);
            table.getRowConstraints().add(constraints);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(Captions.of(texts, "history", "pane-title"), table);

        source.addListener((ListChangeListener<CallInfo>) change -> refresh());
        refresh();
    }

    private void refresh() {
        for (int row = 0; row < numbers.length; row++) {
            CallInfo call = row < source.size() ? source.get(row) : null;
            numbers[row].setText(call == null ? "" : call.ticket());
            counters[row].setText(call == null ? "" : call.counter());
            arrows[row].setVisible(call != null);
            recallMarks[row].setVisible(call != null && call.recalls() > 0);
        }
    }

    private static ColumnConstraints column(double percent, HPos alignment) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(percent);
        column.setHalignment(alignment);
        column.setFillWidth(true);
        return column;
    }

    private static Label cell(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        return label;
    }
}
