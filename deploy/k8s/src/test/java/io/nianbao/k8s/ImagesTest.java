package io.nianbao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.k8s.kustomize.Renderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images the rendered manifests run against what builds them: every image names a service folder with a
 * {@code src/main/docker/Dockerfile.jvm}, its tag is the project version of the root pom.xml (a version bump
 * that forgets the manifests fails here), and each Dockerfile agrees with its Deployment (port, a numeric
 * non-root user for runAsNonRoot, the fast-jar layout, the heap ratio). And the OpenTelemetry endpoint of the
 * ConfigMap is the variable the services read, off by a value Quarkus does not read as "unset".
 */
class ImagesTest {

    private static final Map<String, List<ObjectNode>> RENDERED = new HashMap<>();

    @BeforeAll
    static void render() throws IOException {
        for (String o : List.of("local", "production")) {
            RENDERED.put(o, Renderer.render(Paths.overlay(o)));
        }
    }

    /** The root pom.xml's own version (its parent's if it has none). */
    static String projectVersion() {
        try {
            Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(Paths.repo().resolve("pom.xml").toFile()).getDocumentElement();
            String own = childText(project, "version");
            if (own != null) {
                return own;
            }
            Element parent = child(project, "parent");
            assertThat(parent).as("root pom.xml has a <version> or a <parent>").isNotNull();
            return childText(parent, "version");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the root pom.xml", e);
        }
    }

    private static Element child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static String childText(Element e, String name) {
        Element c = child(e, name);
        return c == null ? null : c.getTextContent().trim();
    }

    /** Every container image of every Deployment in an overlay, by Deployment name. */
    private static Map<String, List<String>> deploymentImages(String overlay) {
        Map<String, List<String>> images = new LinkedHashMap<>();
        for (ObjectNode d : RENDERED.get(overlay)) {
            if (!d.path("kind").asText().equals("Deployment")) {
                continue;
            }
            List<String> list = new ArrayList<>();
            for (String field : List.of("initContainers", "containers")) {
                d.at("/spec/template/spec/" + field).forEach(c -> list.add(c.path("image").asText()));
            }
            images.put(d.at("/metadata/name").asText(), list);
        }
        return images;
    }

    private static final Pattern IMAGE = Pattern.compile("(?:(.+)/)?nianbao/([a-z0-9-]+):([A-Za-z0-9_.-]+)");

    /**
     * What is wrong with one image reference: not nianbao/&lt;service&gt;:&lt;tag&gt; (under any registry
     * prefix), no Dockerfile for it, or a tag other than the project version. Empty when it is right.
     */
    static List<String> imageProblems(String image, String version, Path repo) {
        List<String> problems = new ArrayList<>();
        Matcher m = IMAGE.matcher(image);
        if (!m.matches()) {
            problems.add(image + ": not [<registry>/]nianbao/<service>:<tag>");
            return problems;
        }
        String service = m.group(2);
        Path dockerfile = repo.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
        if (!Files.isRegularFile(dockerfile)) {
            problems.add(image + ": no " + repo.relativize(dockerfile) + " builds it");
        }
        if (!m.group(3).equals(version)) {
            problems.add(image + ": tag " + m.group(3) + " is not the project version " + version + " (root pom.xml)");
        }
        return problems;
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyImageIsBuiltByADockerfileAndTaggedWithTheProjectVersion(String overlay) {
        String version = projectVersion();
        Map<String, List<String>> images = deploymentImages(overlay);
        assertThat(images.keySet()).containsExactlyInAnyOrderElementsOf(DeploymentFactsTest.SERVICES);
        List<String> problems = new ArrayList<>();
        images.forEach((deployment, list) -> {
            assertThat(list).as(deployment).hasSize(1);
            for (String image : list) {
                problems.addAll(imageProblems(image, version, Paths.repo()));
                Matcher m = IMAGE.matcher(image);
                if (m.matches()) {
                    assertThat(m.group(2)).as("the image of Deployment " + deployment).isEqualTo(deployment);
                }
            }
        });
        assertThat(problems).as("images in " + overlay).isEmpty();
        if (overlay.equals("local")) {
            // the names build-images.sh tags, unmapped
            images.forEach((d, list) -> assertThat(list).containsExactly("nianbao/" + d + ":" + version));
        } else {
            images.forEach((d, list) -> assertThat(list).containsExactly("registry.example.org/nianbao/" + d + ":" + version));
        }
    }

    @Test
    void theCheckFailsOnAVersionBumpThatForgetsTheManifestsAndOnAnUnbuiltImage() {
        // the manifests as they are, against a bumped root version: each of the four is reported
        List<String> bumped = new ArrayList<>();
        deploymentImages("local").values().forEach(list -> list.forEach(i -> bumped.addAll(imageProblems(i, "0.2.0", Paths.repo()))));
        assertThat(bumped).hasSize(4).allSatisfy(p -> assertThat(p).contains("is not the project version 0.2.0"));

        assertThat(imageProblems("nianbao/report-service:" + projectVersion(), projectVersion(), Paths.repo()))
                .containsExactly("nianbao/report-service:" + projectVersion() + ": no report-service/src/main/docker/Dockerfile.jvm builds it");
        assertThat(imageProblems("docker.io/root/parse-service:" + projectVersion(), projectVersion(), Paths.repo()))
                .singleElement().asString().contains("not [<registry>/]nianbao/<service>:<tag>");
        assertThat(imageProblems("registry.example.org/nianbao/parse-service:" + projectVersion(), projectVersion(), Paths.repo())).isEmpty();
    }

    /** A Dockerfile as instructions (continuations joined, comments dropped): keyword and arguments. */
    record Instruction(String keyword, String args) {
    }

    static List<Instruction> parseDockerfile(String text) {
        List<Instruction> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (pending.isEmpty() && (t.isEmpty() || t.startsWith("#"))) {
                continue;
            }
            if (t.endsWith("\\")) {
                pending.append(t, 0, t.length() - 1).append(' ');
                continue;
            }
            pending.append(t);
            String full = pending.toString().strip();
            pending.setLength(0);
            int sp = full.indexOf(' ');
            out.add(new Instruction(full.substring(0, sp).toUpperCase(), full.substring(sp + 1).strip()));
        }
        return out;
    }

    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(?:\"([^\"]*)\"|'([^']*)'|(\\S*))");

    /** KEY=value pairs of ENV and ARG instructions ({@code ENV KEY value}, the old form, is not used). */
    static Map<String, String> assignments(List<Instruction> dockerfile, String keyword) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Instruction i : dockerfile) {
            if (i.keyword().equals(keyword)) {
                Matcher m = ASSIGNMENT.matcher(i.args());
                while (m.find()) {
                    values.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4));
                }
            }
        }
        return values;
    }

    private static List<String> args(List<Instruction> dockerfile, String keyword) {
        return dockerfile.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::args).toList();
    }

    private static String ratio(String javaOpts) {
        Matcher m = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(javaOpts == null ? "" : javaOpts);
        assertThat(m.find()).as("-XX:MaxRAMPercentage in '" + javaOpts + "'").isTrue();
        return m.group(1);
    }

    @Test
    void eachDockerfileRunsTheFastJarOnTheDeploymentsPortAsANumericNonRootUserWithItsHeapRatio() throws IOException {
        for (String s : DeploymentFactsTest.SERVICES) {
            Path docker = Paths.repo().resolve(s).resolve("src/main/docker");
            String text = Files.readString(docker.resolve("Dockerfile.jvm"));
            List<Instruction> df = parseDockerfile(text);
            Properties props = new Properties();
            try (Reader r = Files.newBufferedReader(Paths.repo().resolve(s).resolve("src/main/resources/application.properties"))) {
                props.load(r);
            }
            ObjectNode deployment = RENDERED.get("local").stream()
                    .filter(m -> m.path("kind").asText().equals("Deployment") && m.at("/metadata/name").asText().equals(s))
                    .findFirst().orElseThrow();
            JsonNode container = deployment.at("/spec/template/spec/containers/0");

            // a Java 17 runtime base image
            List<String> from = args(df, "FROM");
            assertThat(from).as(s + " FROM").hasSize(1);
            String base = from.get(0);
            Matcher arg = Pattern.compile("\\$\\{?([A-Za-z_]+)}?").matcher(base);
            if (arg.matches()) {
                base = assignments(df, "ARG").get(arg.group(1));
            }
            assertThat(base).as(s + " base image").matches(".*(openjdk-17-runtime|temurin:17-jre|openjdk-17).*");

            // the fast-jar layout of target/quarkus-app, started from quarkus-run.jar
            assertThat(props.getProperty("quarkus.package.jar.type", "fast-jar")).as(s + " packaging").isEqualTo("fast-jar");
            List<String> copies = args(df, "COPY");
            for (String part : List.of("target/quarkus-app/lib/", "target/quarkus-app/app/", "target/quarkus-app/quarkus/", "target/quarkus-app/*.jar")) {
                assertThat(copies).as(s + " copies " + part).anySatisfy(c -> assertThat(c).contains(" " + part + " "));
            }
            Map<String, String> env = assignments(df, "ENV");
            assertThat(env.get("JAVA_APP_JAR")).as(s).isEqualTo("/deployments/quarkus-run.jar");
            assertThat(args(df, "ENTRYPOINT")).as(s).hasSize(1);

            // the port the service listens on, the Deployment's container port
            int port = Integer.parseInt(props.getProperty("quarkus.http.port"));
            assertThat(args(df, "EXPOSE")).as(s + " EXPOSE").containsExactly(String.valueOf(port));
            assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(port);

            // runAsNonRoot: the kubelet starts only an image whose user is numeric and not 0
            assertThat(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();
            List<String> users = args(df, "USER");
            assertThat(users).as(s + " USER").isNotEmpty();
            String user = users.get(users.size() - 1).split(":")[0];
            assertThat(user).as(s + " USER").matches("[0-9]+");
            assertThat(Integer.parseInt(user)).as(s + " USER").isPositive();
            // the files belong to that user
            assertThat(copies).allSatisfy(c -> assertThat(c).startsWith("--chown=" + user + " "));

            // heap: the Deployment's JAVA_OPTS replaces the image's, with the same ratio; the base image's own
            // percentage (run-java.sh appends -XX:MaxRAMPercentage=80.0 after JAVA_OPTS) is switched off
            Map<String, String> podEnv = new HashMap<>();
            container.path("env").forEach(e -> podEnv.put(e.path("name").asText(), e.path("value").asText()));
            assertThat(env.get("JAVA_MAX_MEM_RATIO")).as(s + " JAVA_MAX_MEM_RATIO").isEqualTo("0");
            assertThat(ratio(podEnv.get("JAVA_OPTS"))).as(s + " heap ratio, Deployment = image").isEqualTo(ratio(env.get("JAVA_OPTS")));
            assertThat(podEnv.getOrDefault("JAVA_TOOL_OPTIONS", "")).as(s + ": JAVA_TOOL_OPTIONS comes before the command line, which would win")
                    .doesNotContain("MaxRAMPercentage").doesNotContain("-Xmx");
            assertThat(env.get("JAVA_OPTS_APPEND")).as(s).contains("-Dquarkus.http.host=0.0.0.0")
                    .contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
            // the heap the Dockerfile's comment states is the ratio of the memory the Deployment requests
            long request = DeploymentFactsTest.bytes(container.at("/resources/requests/memory").asText());
            long heapMiB = (long) Math.floor(request * Double.parseDouble(ratio(env.get("JAVA_OPTS"))) / 100 / (1024 * 1024));
            assertThat(text).as(s + " states its heap").contains("limit of " + request / (1024 * 1024) + "Mi that is a heap of at most " + heapMiB + " MiB");

            // the build context is the service folder: only the fast-jar goes in
            List<String> ignore = Files.readAllLines(docker.resolve("Dockerfile.jvm.dockerignore")).stream()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            assertThat(ignore).as(s + " Dockerfile.jvm.dockerignore").containsExactly("*", "!target/quarkus-app/*");
        }
    }

    @Test
    void theDockerfileParserReadsContinuationsCommentsAndQuotedValues() {
        List<Instruction> df = parseDockerfile("""
                # a comment
                ARG BASE=eclipse-temurin:17-jre
                FROM ${BASE}
                ENV A="x y" \\
                    B=plain C='q r'
                USER 1001:0
                """);
        assertThat(df).extracting(Instruction::keyword).containsExactly("ARG", "FROM", "ENV", "USER");
        assertThat(assignments(df, "ENV")).containsExactly(Map.entry("A", "x y"), Map.entry("B", "plain"), Map.entry("C", "q r"));
        assertThat(assignments(df, "ARG")).containsExactly(Map.entry("BASE", "eclipse-temurin:17-jre"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theConfigMapCarriesTheTraceEndpointTheServicesReadSwitchedOffByABlank(String overlay) throws IOException {
        ObjectNode cm = RENDERED.get(overlay).stream()
                .filter(m -> m.path("kind").asText().equals("ConfigMap") && m.at("/metadata/name").asText().equals("nianbao-config"))
                .findFirst().orElseThrow();
        // the variable every service's exporter endpoint is read from
        TreeSet<String> variables = new TreeSet<>();
        for (String s : DeploymentFactsTest.SERVICES) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(Paths.repo().resolve(s).resolve("src/main/resources/application.properties"))) {
                p.load(r);
            }
            String endpoint = p.getProperty("quarkus.otel.exporter.otlp.endpoint");
            assertThat(endpoint).as(s + " quarkus.otel.exporter.otlp.endpoint").isNotNull();
            Matcher m = Pattern.compile("^\\$\\{([A-Z0-9_]+):(.*)}$").matcher(endpoint);
            assertThat(m.matches()).as(s + ": endpoint from a variable with a default: " + endpoint).isTrue();
            assertThat(m.group(2)).as(s + ": the default is a blank (no exporter)").isEqualTo(" ");
            variables.add(m.group(1));
        }
        assertThat(variables).containsExactly("NIANBAO_OTLP_ENDPOINT");
        JsonNode value = cm.at("/data/NIANBAO_OTLP_ENDPOINT");
        assertThat(value.isTextual()).as("NIANBAO_OTLP_ENDPOINT in nianbao-config").isTrue();
        // "" would count as unset, so the services would export to localhost:4317 and log a failure per batch
        assertThat(value.asText()).as("off: the services' own default, one blank, not an empty string").isEqualTo(" ");
        for (String s : DeploymentFactsTest.SERVICES) {
            ObjectNode d = RENDERED.get(overlay).stream()
                    .filter(m -> m.path("kind").asText().equals("Deployment") && m.at("/metadata/name").asText().equals(s))
                    .findFirst().orElseThrow();
            assertThat(d.at("/spec/template/spec/containers/0/envFrom").findValuesAsText("name")).as(s).contains("nianbao-config");
            assertThat(d.at("/spec/template/spec/containers/0/env").findValuesAsText("name")).as(s + " does not override it")
                    .doesNotContain("NIANBAO_OTLP_ENDPOINT", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
        }
    }
}
