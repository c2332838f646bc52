package io.batterylab.ui.tests;

import io.batterylab.core.training.ModelVersion;
import io.batterylab.ui.models.ModelLibraryView;
import java.nio.file.Path;
import java.util.Optional;

/** The library's questions answered as a person would: this file, yes. */
record AnsweringDialogs(Path archive) implements ModelLibraryView.Dialogs {
    @Override
    public Optional<Path> exportTo(ModelVersion version) {
        return Optional.of(archive);
    }

    @Override
    public Optional<Path> importFrom() {
        return Optional.of(archive);
    }

    @Override
    public boolean confirmDelete(ModelVersion version) {
        return true;
    }

    @Override
    public void details(ModelVersion version) {
    }
}
