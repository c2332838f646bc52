package io.batterylab.detector.lstm;

import ai.djl.nn.Block;
import ai.djl.nn.recurrent.LSTM;
import io.batterylab.core.detection.Detector;
import io.batterylab.ml.detection.PooledSequenceBlock;
import io.batterylab.ml.detection.SequenceDetector;
import org.osgi.service.component.annotations.Component;

/**
 * The original project's LSTM detector on DJL: an LSTM (one direction, so DJL's own block passes libtorch its
 * parameters in the right order) reads the window sample by sample; its last output gives the runaway logit.
 */
@Component(service = Detector.class)
public final class LstmDetector extends SequenceDetector<LstmSettings> {
    public static final String ID = "lstm";

    public LstmDetector() {
        super(ID, "LSTM over the window (DJL)", "1.0.0", LstmSettings.class, LstmSettings.DEFAULTS);
    }

    @Override
    protected Block network(LstmSettings settings) {
        LSTM lstm = LSTM.builder().setStateSize(settings.hidden()).setNumLayers(settings.layers()).optBatchFirst(true)
                .optReturnState(false).build();
        return new PooledSequenceBlock(lstm, PooledSequenceBlock.Pooling.LAST);
    }
}
