package io.retort.embedded;

import io.retort.RetortException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** TCP ports on 127.0.0.1, the only address the embedded server listens on. */
final class LoopbackPorts {
    private LoopbackPorts() {}

    /** A port nothing listens on now (the operating system's choice). */
    static int pickFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new RetortException("no free TCP port on 127.0.0.1 for the embedded PostgreSQL (" + e.getMessage()
                    + "): stop some local servers, or configure a database url", e);
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
