package io.nianbao.k8s;

import java.nio.file.Path;

/** Where the module's folders are (the tests run with the module directory as working directory). */
public final class Paths {

    private Paths() {
    }

    public static Path k8s() {
        return Path.of(System.getProperty("k8s.dir", ".")).toAbsolutePath().normalize();
    }

    public static Path overlay(String name) {
        return k8s().resolve("overlays").resolve(name);
    }

    public static Path schemas() {
        return k8s().resolve("schemas");
    }

    /** The repository root (deploy/k8s/../..), for the services' own configuration and sources. */
    public static Path repo() {
        return k8s().resolve("../..").normalize();
    }
}
