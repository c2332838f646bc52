package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * One mini-batch's rows of a training set as a native array, gathered straight into a direct buffer that the next
 * batch reuses. DJL's {@code create(float[])} allocates a new direct buffer for every array (zeroed, registered with
 * a cleaner) and copies a gathered Java array into it; on the CPU libtorch then wraps that buffer without copying.
 * Per MLP step that was two Java arrays, two direct buffers and two copies. Here the rows go into the buffer once,
 * and the buffer is reused while the array made from it has been closed (the shared loop closes each batch's
 * arrays before the next batch); if it is still open, a new buffer is taken, so an earlier batch never changes.
 */
public final class BatchRows {
    private final float[] flat;
    private final Shape rowShape;
    private final int rowSize;
    private ByteBuffer buffer;
    private NDArray last;

    /** @param flat rows of {@code rowShape} one after another */
    public BatchRows(float[] flat, Shape rowShape) {
        this.flat = flat;
        this.rowShape = rowShape;
        this.rowSize = Math.toIntExact(rowShape.size());
        if (rowSize == 0 || flat.length % rowSize != 0) {
            throw new IllegalArgumentException(flat.length + " values are no whole number of rows of shape " + rowShape);
        }
    }

    /** The given rows, in that order, as an array of shape (rows, rowShape...) owned by {@code batch}. */
    public NDArray gather(NDManager batch, int[] rows) {
        int values = rows.length * rowSize;
        if (buffer == null || buffer.capacity() < values * Float.BYTES || (last != null && !last.isReleased())) {
            buffer = ByteBuffer.allocateDirect(Math.max(values, 1) * Float.BYTES).order(ByteOrder.nativeOrder());
        }
        FloatBuffer into = buffer.clear().asFloatBuffer();
        for (int row : rows) {
            into.put(flat, row * rowSize, rowSize);
        }
        last = batch.create(buffer.slice(0, values * Float.BYTES).order(ByteOrder.nativeOrder()),
                new Shape(rows.length).addAll(rowShape), DataType.FLOAT32);
        return last;
    }
}
