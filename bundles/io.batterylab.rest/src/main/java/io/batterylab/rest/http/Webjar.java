package io.batterylab.rest.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * A file of a WebJar (a jar of browser files under {@code META-INF/resources/webjars/<name>/<version>/}) that this
 * bundle requires. On a plain class path the jar's files are class path resources; in OSGi a required bundle's
 * {@code META-INF} is not visible through the class loader, so the file is read from the bundle this one is wired to.
 *
 * @param name the WebJar's name, e.g. {@code swagger-ui}
 * @param version its version, the folder its files are in
 */
public record Webjar(String name, String version) {

    /** The file, served with the given content type. */
    public StaticContent file(String file, String contentType) {
        String path = "META-INF/resources/webjars/" + name + "/" + version + "/" + file;
        URL url = Webjar.class.getClassLoader().getResource(path);
        if (url == null) {
            url = fromRequiredBundles(path);
        }
        if (url == null) {
            throw new IllegalStateException(path + " missing: the WebJar " + name + " " + version
                    + " is not installed");
        }
        try (InputStream in = url.openStream()) {
            return new StaticContent(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    private static URL fromRequiredBundles(String path) {
        Bundle self = FrameworkUtil.getBundle(Webjar.class);
        BundleWiring wiring = self == null ? null : self.adapt(BundleWiring.class);
        if (wiring == null) {
            return null;
        }
        for (BundleWire wire : wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)) {
            URL url = wire.getProvider().getBundle().getEntry(path);
            if (url != null) {
                return url;
            }
        }
        return null;
    }
}
