package com.salesdiag.service.rules;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which instance of the service this is, among the replicas on one database: host and port ({@code app-2:8080}), as
 * the rules log names the instance that published a version or followed a publication.
 */
@Component
class InstanceName {

    private final Environment environment;
    private final String host;

    InstanceName(Environment environment) {
        this.environment = environment;
        this.host = host();
    }

    /** Asked when needed: the port is known only once the web server listens. */
    String get() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return host + ":" + port;
    }

    private static String host() {
        String name = System.getenv("HOSTNAME");
        if (name != null && !name.isBlank()) {
            return name;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
