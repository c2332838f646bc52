package io.batterylab.device.mqtt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * The sockets Paho connects with. Nagle's algorithm is off ({@code TCP_NODELAY}): Paho does not set it, and a small
 * MQTT packet — a correction at QoS 1, a node's sample — may then wait for the peer's delayed acknowledgement (up to
 * 40 ms on Linux) before it is sent. A plain socket's input is buffered: Paho 1.2.5 reads each packet's fixed header
 * a byte at a time from the socket's own stream, one system call a byte, where a buffer takes a whole burst of
 * packets in one (a TLS socket buffers its decrypted records itself). {@link #plain} for {@code tcp://}, {@link #tls}
 * wrapping the TLS factory for {@code ssl://} (Paho refuses a factory of the other kind for either scheme).
 */
public final class MqttSockets {
    /** The plain socket's read buffer: a burst of ≈ 40 sensor payloads. */
    static final int INPUT_BUFFER_BYTES = 16 * 1024;

    private MqttSockets() {
    }

    /** Plain sockets without Nagle's algorithm, their input buffered. */
    public static SocketFactory plain() {
        return new Plain();
    }

    /** The sockets of {@code tls}, without Nagle's algorithm. */
    public static SSLSocketFactory tls(SSLSocketFactory tls) {
        return new Tls(tls);
    }

    private static <S extends Socket> S noDelay(S socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }

    /** A plain socket whose input stream is one buffered stream, however often it is asked for. */
    private static final class BufferedSocket extends Socket {
        private InputStream input;

        BufferedSocket() {
        }

        BufferedSocket(String host, int port) throws IOException {
            super(host, port);
        }

        BufferedSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            super(host, port, localHost, localPort);
        }

        BufferedSocket(InetAddress host, int port) throws IOException {
            super(host, port);
        }

        BufferedSocket(InetAddress host, int port, InetAddress localHost, int localPort) throws IOException {
            super(host, port, localHost, localPort);
        }

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (input == null) {
                input = new Input(super.getInputStream());
            }
            return input;
        }
    }

    /**
     * The buffered input. Paho asks {@link #available} before each packet; a {@link BufferedInputStream} asks the
     * socket every time (one system call a packet), this one only when its buffer is empty.
     */
    static final class Input extends BufferedInputStream {
        Input(InputStream socket) {
            super(socket, INPUT_BUFFER_BYTES);
        }

        @Override
        public synchronized int available() throws IOException {
            int buffered = buf == null ? 0 : count - pos; // buf is null once closed: the socket says so
            return buffered > 0 ? buffered : super.available();
        }
    }

    private static final class Plain extends SocketFactory {
        @Override
        public Socket createSocket() throws IOException {
            return noDelay(new BufferedSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(new BufferedSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return noDelay(new BufferedSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(new BufferedSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return noDelay(new BufferedSocket(address, port, localAddress, localPort));
        }
    }

    private static final class Tls extends SSLSocketFactory {
        private final SSLSocketFactory delegate;

        Tls(SSLSocketFactory delegate) {
            this.delegate = delegate;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(delegate.createSocket());
        }

        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            return noDelay(delegate.createSocket(socket, host, port, autoClose));
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return noDelay(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return noDelay(delegate.createSocket(address, port, localAddress, localPort));
        }
    }
}
