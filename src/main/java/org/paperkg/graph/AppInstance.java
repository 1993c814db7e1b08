package org.paperkg.graph;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Names this app process in lock records and job runs: {@code host/pid}. */
public final class AppInstance {

    private static final String NAME = host() + "/" + ProcessHandle.current().pid();

    private AppInstance() {
    }

    public static String name() {
        return NAME;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
