package io.nianbao.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.k8s.kustomize.Renderer;
import io.nianbao.k8s.kustomize.Yaml;
import io.nianbao.k8s.validate.ManifestValidator;
import io.nianbao.k8s.validate.SchemaCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code Main <k8s dir> <overlay>...}: renders {@code <k8s dir>/overlays/<overlay>} to
 * {@code <k8s dir>/target/<overlay>.yaml} and validates every manifest against {@code <k8s dir>/schemas};
 * exits 1 when a manifest is invalid.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Main <deploy/k8s dir> <overlay>...   (overlays: local, production)");
            System.exit(2);
        }
        Path k8s = Path.of(args[0]);
        ManifestValidator validator = new ManifestValidator(new SchemaCatalog(k8s.resolve("schemas")));
        boolean ok = true;
        for (int i = 1; i < args.length; i++) {
            String overlay = args[i];
            List<ObjectNode> manifests = Renderer.render(k8s.resolve("overlays").resolve(overlay));
            Path out = k8s.resolve("target").resolve(overlay + ".yaml");
            Files.createDirectories(out.getParent());
            Files.writeString(out, Yaml.writeAll(manifests));
            List<String> problems = validator.validate(manifests);
            System.out.printf("%s: %d manifests -> %s, %d schema problems%n", overlay, manifests.size(), out, problems.size());
            problems.forEach(p -> System.out.println("  " + p));
            ok &= problems.isEmpty();
        }
        if (!ok) {
            System.exit(1);
        }
    }
}
