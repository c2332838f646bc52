package io.batterylab.detector.transformer;

import ai.djl.nn.Block;
import io.batterylab.core.detection.Detector;
import io.batterylab.ml.detection.PooledSequenceBlock;
import io.batterylab.ml.detection.SequenceDetector;
import org.osgi.service.component.annotations.Component;

/** The original project's Transformer detector on DJL: one self-attention encoder layer, mean-pooled to the logit. */
@Component(service = Detector.class)
public final class TransformerDetector extends SequenceDetector<TransformerSettings> {
    public static final String ID = "transformer";

    public TransformerDetector() {
        super(ID, "Transformer encoder over the window (DJL)", "1.0.0", TransformerSettings.class,
                TransformerSettings.DEFAULTS);
    }

    @Override
    protected Block network(TransformerSettings settings) {
        return new PooledSequenceBlock(new AttentionEncoder(settings.width(), settings.feedForward()),
                PooledSequenceBlock.Pooling.MEAN);
    }
}
