package io.nianbao.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.k8s.kustomize.Renderer;
import io.nianbao.k8s.kustomize.Yaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where a real kubectl is on the PATH, our renderer must give the same manifests, in the same order, as
 * {@code kubectl kustomize} for each overlay: the overlays are real Kustomize, and the Java subset renders
 * them the same. (Compared as parsed YAML, so that another kubectl's line formatting does not matter; with
 * kubectl 1.32 / Kustomize 5.5.0 the text is identical too.)
 * Skipped (and reported as skipped) on a machine without kubectl: no registry we use ships one.
 */
class KubectlParityTest {

    private static Optional<Path> kubectl() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "kubectl");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void rendersTheSameManifestsAsKubectlKustomize(String overlay) throws Exception {
        Optional<Path> kubectl = kubectl();
        assumeTrue(kubectl.isPresent(), "no kubectl on the PATH");
        Path err = Files.createTempFile("kubectl", ".err");
        Process p = new ProcessBuilder(kubectl.get().toString(), "kustomize", Paths.overlay(overlay).toString())
                .redirectError(err.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "kubectl kustomize did not finish");
        assumeTrue(p.exitValue() == 0 || !stderrSaysKustomizeMissing(err),
                "this kubectl has no kustomize: " + Files.readString(err));
        assertThat(p.exitValue()).as("kubectl kustomize failed: " + Files.readString(err)).isZero();
        List<ObjectNode> theirs = Yaml.readAll(new String(out, StandardCharsets.UTF_8), "kubectl kustomize");
        List<ObjectNode> ours = Renderer.render(Paths.overlay(overlay));
        assertThat(ours).hasSameSizeAs(theirs);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i)).as("manifest " + i + " of " + overlay).isEqualTo(theirs.get(i));
        }
    }

    private static boolean stderrSaysKustomizeMissing(Path err) throws IOException {
        String text = Files.readString(err);
        return text.contains("unknown command") || text.contains("not found");
    }
}
