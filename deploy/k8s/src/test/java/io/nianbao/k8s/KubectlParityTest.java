package io.nianbao.k8s;

import io.nianbao.k8s.kustomize.Renderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where a real kubectl is on the PATH, our renderer must print exactly what {@code kubectl kustomize}
 * prints for each overlay: the overlays are real Kustomize, and the Java subset renders them the same.
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
    void rendersExactlyLikeKubectlKustomize(String overlay) throws Exception {
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
        assertThat(Renderer.renderToYaml(Paths.overlay(overlay))).isEqualTo(new String(out, StandardCharsets.UTF_8));
    }

    private static boolean stderrSaysKustomizeMissing(Path err) throws IOException {
        String text = Files.readString(err);
        return text.contains("unknown command") || text.contains("not found");
    }
}
