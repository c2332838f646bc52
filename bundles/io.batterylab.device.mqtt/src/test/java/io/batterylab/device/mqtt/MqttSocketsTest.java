package io.batterylab.device.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;

class MqttSocketsTest {
    @Test
    void plainSocketsHaveNagleOffAndOneBufferedInput() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket socket = MqttSockets.plain().createSocket()) {
            assertTrue(socket.getTcpNoDelay(), "set before Paho connects the socket");
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()));
            assertTrue(socket.getTcpNoDelay());
            assertInstanceOf(BufferedInputStream.class, socket.getInputStream());
            assertSame(socket.getInputStream(), socket.getInputStream(), "a second stream would lose buffered bytes");
            try (Socket peer = server.accept(); OutputStream out = peer.getOutputStream()) {
                // what Paho reads: a byte, a length byte, the rest — over a burst of small packets written at once
                byte[] burst = new byte[3 * 300];
                for (int i = 0; i < burst.length; i++) {
                    burst[i] = (byte) (i % 300 == 0 ? 0x30 : i % 300 == 1 ? 298 - 256 : i);
                }
                out.write(burst);
                out.flush();
                DataInputStream in = new DataInputStream(socket.getInputStream());
                byte[] read = new byte[burst.length];
                for (int p = 0; p < 3; p++) {
                    read[p * 300] = in.readByte();
                    read[p * 300 + 1] = in.readByte();
                    in.readFully(read, p * 300 + 2, 298);
                }
                assertArrayEquals(burst, read);
            }
        }
    }

    @Test
    void availableAsksTheSocketOnlyWhenTheBufferIsEmpty() throws Exception {
        int[] asked = {0};
        InputStream socket = new ByteArrayInputStream(new byte[] {1, 2, 3}) {
            @Override
            public synchronized int available() {
                asked[0]++;
                return super.available();
            }
        };
        try (MqttSockets.Input in = new MqttSockets.Input(socket)) {
            assertEquals(3, in.available());
            assertEquals(1, asked[0], "an empty buffer asks the socket");
            assertEquals(1, in.read());
            assertEquals(2, in.available());
            assertEquals(2, in.read());
            assertEquals(1, in.available());
            assertEquals(1, asked[0], "what is buffered is answered without a system call");
            assertEquals(3, in.read());
            assertEquals(0, in.available());
            assertEquals(2, asked[0]);
        }
    }

    @Test
    void connectedPlainSocketsToo() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket socket = MqttSockets.plain().createSocket(InetAddress.getLoopbackAddress(),
                        server.getLocalPort())) {
            assertTrue(socket.getTcpNoDelay());
            assertInstanceOf(BufferedInputStream.class, socket.getInputStream());
        }
    }

    @Test
    void tlsSocketsHaveNagleOffAndStayTls() throws Exception {
        SSLSocketFactory tls = MqttSockets.tls((SSLSocketFactory) SSLSocketFactory.getDefault());
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket unconnected = tls.createSocket();
                Socket connected = tls.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertInstanceOf(SSLSocket.class, unconnected, "Paho's ssl:// module needs a TLS socket");
            assertTrue(unconnected.getTcpNoDelay(), "set before Paho connects the socket");
            assertTrue(connected.getTcpNoDelay());
        }
    }
}
