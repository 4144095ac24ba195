package dev.platformconsultant.scan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.platformconsultant.scan.ConfigFinding.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks of a repository's configuration files (CI workflows, Dockerfiles, Kubernetes manifests,
 * Helm charts, Kustomize, Terraform, CODEOWNERS, ADRs), each result cited by path and line.
 *
 * <p>YAML is parsed (Jackson's YAML parser, keeping each key's line); Dockerfiles are read
 * instruction by instruction; Helm templates and Terraform are pattern-matched, and their findings
 * say so, because Helm templates are not YAML until rendered and there is no maintained HCL parser
 * for Java.
 *
 * <p>The walk never follows symbolic links and reads nothing whose real path is outside the root;
 * it skips {@code .git}, {@code node_modules}, {@code vendor}, {@code target}, {@code build} and
 * {@code dist}, files over 1 MB, and stops after 20,000 files with a finding that says so.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * List<ConfigFinding> findings = new ConfigChecks().check(Path.of("."));
 * }</pre>
 */
public final class ConfigChecks {
  static final int MAX_FILES = 20_000;
  static final long MAX_FILE_BYTES = 1_000_000;

  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of(".git", "node_modules", "vendor", "target", "build", "dist");
  private static final List<String> AREA_ORDER =
      List.of("scan", "ci", "container", "kubernetes", "terraform", "ownership", "decisions");
  private static final YAMLFactory YAML = YAMLFactory.builder().build();

  private final int maxFiles;

  public ConfigChecks() {
    this(MAX_FILES);
  }

  ConfigChecks(int maxFiles) {
    if (maxFiles < 1) {
      throw new IllegalArgumentException("maxFiles must be positive: " + maxFiles);
    }
    this.maxFiles = maxFiles;
  }

  /**
   * Walks the tree under {@code root} and returns the findings, ordered by area, path and line.
   *
   * @throws UncheckedIOException when the root cannot be read
   */
  public List<ConfigFinding> check(Path root) {
    Repository repository = Repository.walk(root, maxFiles);
    List<ConfigFinding> findings = new ArrayList<>();
    if (repository.truncated) {
      findings.add(
          new ConfigFinding(
              "scan",
              "file-limit",
              Status.PROBLEM,
              "the scan stopped after "
                  + maxFiles
                  + " files: findings cover only part of the repository",
              ".",
              0));
    }
    new CiChecks(repository, findings).run();
    new DockerfileChecks(repository, findings).run();
    new KubernetesChecks(repository, findings).run();
    new TerraformChecks(repository, findings).run();
    ownership(repository, findings);
    decisions(repository, findings);
    findings.sort(
        Comparator.comparingInt((ConfigFinding f) -> AREA_ORDER.indexOf(f.area()))
            .thenComparing(ConfigFinding::path)
            .thenComparingInt(ConfigFinding::line)
            .thenComparing(ConfigFinding::check));
    return List.copyOf(findings);
  }

  private static void ownership(Repository repository, List<ConfigFinding> findings) {
    for (String candidate : List.of("CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS")) {
      if (repository.files.containsKey(candidate)) {
        findings.add(
            new ConfigFinding(
                "ownership", "codeowners", Status.OK, "CODEOWNERS found", candidate, 0));
        return;
      }
    }
    findings.add(
        new ConfigFinding(
            "ownership",
            "codeowners",
            Status.MISSING,
            "no CODEOWNERS in the root, .github/ or docs/: nobody is asked to review changes",
            ".github/CODEOWNERS",
            0));
  }

  private static void decisions(Repository repository, List<ConfigFinding> findings) {
    for (String directory : List.of("docs/decisions", "docs/adr", "doc/adr", "adr")) {
      // README and template files describe the log; they are not decisions.
      long count =
          repository.files.keySet().stream()
              .filter(p -> p.startsWith(directory + "/"))
              .filter(p -> p.toLowerCase(Locale.ROOT).endsWith(".md"))
              .filter(p -> !fileName(p).toLowerCase(Locale.ROOT).matches("(readme|template).*"))
              .count();
      if (count > 0) {
        findings.add(
            new ConfigFinding(
                "decisions",
                "adr",
                Status.OK,
                count + (count == 1 ? " decision record" : " decision records") + " found",
                directory,
                0));
        return;
      }
    }
    findings.add(
        new ConfigFinding(
            "decisions",
            "adr",
            Status.MISSING,
            "no architecture decision records (looked in docs/decisions, docs/adr, doc/adr, adr)",
            "docs/decisions",
            0));
  }

  static String fileName(String relative) {
    return relative.substring(relative.lastIndexOf('/') + 1);
  }

  /** The files of a repository, by relative path, read lazily and never through a link. */
  private static final class Repository {
    final Map<String, Path> files = new LinkedHashMap<>();
    final Path root;
    boolean truncated;

    private Repository(Path root) {
      this.root = root;
    }

    static Repository walk(Path root, int maxFiles) {
      try {
        Path realRoot = root.toRealPath();
        Repository repository = new Repository(realRoot);
        int[] visited = {0};
        // walkFileTree rather than Files.walk so that skipped directories are pruned, not walked
        // and filtered; without FOLLOW_LINKS a link (to a file or a directory) arrives here as a
        // file whose attributes say it is a link.
        Files.walkFileTree(
            realRoot,
            EnumSet.noneOf(java.nio.file.FileVisitOption.class),
            Integer.MAX_VALUE,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(realRoot)
                    && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())) {
                  return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                  throws IOException {
                if (++visited[0] > maxFiles) {
                  repository.truncated = true;
                  return FileVisitResult.TERMINATE;
                }
                if (attrs.isSymbolicLink()
                    || Files.isSymbolicLink(file)
                    || !attrs.isRegularFile()
                    || attrs.size() > MAX_FILE_BYTES
                    || !file.toRealPath().startsWith(realRoot)) {
                  return FileVisitResult.CONTINUE;
                }
                String relative = realRoot.relativize(file).toString().replace('\\', '/');
                repository.files.put(relative, file);
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                // An unreadable entry is left out rather than failing the whole scan.
                return FileVisitResult.CONTINUE;
              }
            });
        return repository;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot scan " + root, e);
      }
    }

    List<String> paths(java.util.function.Predicate<String> filter) {
      return files.keySet().stream().filter(filter).toList();
    }

    String read(String relative) {
      Path file = files.get(relative);
      // NOFOLLOW_LINKS again at open time: the file may have been replaced by a link since the
      // walk.
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
          return "";
        }
        return new String(bytes, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    }
  }

  /** A YAML value with the line it starts on (for a mapping entry, the line of its key). */
  record Yaml(Object value, int line) {
    @SuppressWarnings("unchecked")
    Map<String, Yaml> map() {
      return value instanceof Map<?, ?> m ? (Map<String, Yaml>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    List<Yaml> list() {
      return value instanceof List<?> l ? (List<Yaml>) l : List.of();
    }

    String text() {
      return value instanceof String s ? s : null;
    }

    boolean isMap() {
      return value instanceof Map<?, ?>;
    }

    Yaml get(String key) {
      return map().get(key);
    }

    Yaml at(String... keys) {
      Yaml node = this;
      for (String key : keys) {
        node = node.get(key);
        if (node == null) {
          return null;
        }
      }
      return node;
    }

    String textAt(String... keys) {
      Yaml node = at(keys);
      return node == null ? null : node.text();
    }

    /** Every document of a (possibly multi-document) YAML text. */
    static List<Yaml> documents(String text) throws IOException {
      List<Yaml> documents = new ArrayList<>();
      try (JsonParser parser = YAML.createParser(text)) {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
          documents.add(read(parser, token, lineOf(parser)));
        }
      }
      return documents;
    }

    private static Yaml read(JsonParser parser, JsonToken token, int line) throws IOException {
      switch (token) {
        case START_OBJECT -> {
          Map<String, Yaml> map = new LinkedHashMap<>();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = lineOf(parser);
            map.put(key, read(parser, parser.nextToken(), keyLine));
          }
          return new Yaml(Collections.unmodifiableMap(map), line);
        }
        case START_ARRAY -> {
          List<Yaml> list = new ArrayList<>();
          JsonToken item;
          while ((item = parser.nextToken()) != JsonToken.END_ARRAY && item != null) {
            list.add(read(parser, item, lineOf(parser)));
          }
          return new Yaml(Collections.unmodifiableList(list), line);
        }
        case VALUE_NULL -> {
          return new Yaml(null, line);
        }
        default -> {
          return new Yaml(parser.getText(), line);
        }
      }
    }

    private static int lineOf(JsonParser parser) {
      return parser.currentTokenLocation().getLineNr();
    }
  }

  /** A text found in a CI file, with where it was found. */
  private record Evidence(String path, int line) {}

  /**
   * GitHub Actions and GitLab CI: pinned actions, tests, SBOM, signing, provenance, plain-text
   * secrets, and the SLSA build level they add up to.
   */
  private static final class CiChecks {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern TESTS =
        Pattern.compile(
            "(?i)\\btest\\b|\\bpytest\\b|\\bmvnw?\\b[^\\n]*\\bverify\\b|\\bgradlew?\\b[^\\n]*\\b(test|check)\\b");
    private static final Pattern SBOM = Pattern.compile("(?i)syft|cyclonedx|sbom");
    private static final Pattern SIGNING = Pattern.compile("(?i)cosign|sigstore");
    private static final Pattern PROVENANCE =
        Pattern.compile("(?i)slsa-github-generator|attest-build-provenance|provenance");
    // Provenance made and signed by the hosted build platform, which is what SLSA Build L2 asks.
    private static final Pattern HOSTED_PROVENANCE =
        Pattern.compile("(?i)slsa-github-generator|attest-build-provenance");
    private static final Pattern SECRET_KEY = Pattern.compile("TOKEN|SECRET|PASSWORD|PASSWD|KEY");

    private final Repository repository;
    private final List<ConfigFinding> findings;
    private Evidence tests;
    private Evidence sbom;
    private Evidence signing;
    private Evidence provenance;
    private Evidence hostedProvenance;

    CiChecks(Repository repository, List<ConfigFinding> findings) {
      this.repository = repository;
      this.findings = findings;
    }

    void run() {
      List<String> workflows =
          repository.paths(
              p ->
                  p.startsWith(".github/workflows/")
                      && p.indexOf('/', ".github/workflows/".length()) < 0
                      && (p.endsWith(".yml") || p.endsWith(".yaml")));
      boolean gitlab = repository.files.containsKey(".gitlab-ci.yml");
      for (String workflow : workflows) {
        githubWorkflow(workflow);
      }
      if (gitlab) {
        gitlab(".gitlab-ci.yml");
      }
      String ciPath = !workflows.isEmpty() ? ".github/workflows" : ".gitlab-ci.yml";
      if (workflows.isEmpty() && !gitlab) {
        findings.add(
            finding(
                "slsa-build-level",
                Status.MISSING,
                "SLSA build level L0: no CI configuration found (GitHub Actions or GitLab CI);"
                    + " L1 needs a scripted build that generates provenance."
                    + " L3 cannot be judged from the repository",
                ".github/workflows",
                0));
        return;
      }
      presence("tests", tests, "tests run in CI", "no CI step runs tests", ciPath);
      presence("sbom", sbom, "an SBOM is generated in CI", "no SBOM is generated in CI", ciPath);
      presence(
          "signing", signing, "artifacts are signed in CI", "no artifact signing in CI", ciPath);
      presence(
          "provenance",
          provenance,
          "build provenance is generated in CI",
          "no build provenance is generated in CI",
          ciPath);
      slsaLevel(ciPath);
    }

    // https://slsa.dev/spec/v1.0/levels: L1 = provenance exists; L2 = signed provenance generated
    // by a hosted build platform; L3 = hardened build platform (isolation, secrets out of reach of
    // the build steps), which the repository alone cannot show.
    private void slsaLevel(String ciPath) {
      String l3 = " L3 cannot be judged from the repository";
      if (hostedProvenance != null) {
        findings.add(
            finding(
                "slsa-build-level",
                Status.OK,
                "SLSA build level L2: provenance is generated and signed by the hosted CI;"
                    + " L3 needs a hardened build platform that keeps signing secrets from build"
                    + " steps."
                    + l3,
                hostedProvenance.path,
                hostedProvenance.line));
      } else if (provenance != null) {
        findings.add(
            finding(
                "slsa-build-level",
                Status.MISSING,
                "SLSA build level L1: provenance is generated, but not evidently signed by the"
                    + " hosted CI; L2 needs actions/attest-build-provenance or"
                    + " slsa-github-generator."
                    + l3,
                provenance.path,
                provenance.line));
      } else {
        findings.add(
            finding(
                "slsa-build-level",
                Status.MISSING,
                "SLSA build level L0: CI builds, but no provenance is generated; L1 needs"
                    + " provenance, L2 needs it generated and signed by the hosted CI"
                    + " (actions/attest-build-provenance or slsa-github-generator)."
                    + l3,
                ciPath,
                0));
      }
    }

    private void presence(
        String check, Evidence evidence, String found, String missing, String ciPath) {
      if (evidence != null) {
        findings.add(finding(check, Status.OK, found, evidence.path, evidence.line));
      } else {
        findings.add(finding(check, Status.MISSING, missing, ciPath, 0));
      }
    }

    private void githubWorkflow(String path) {
      List<Yaml> documents = parse(path);
      if (documents.isEmpty() || !documents.get(0).isMap()) {
        return;
      }
      Yaml workflow = documents.get(0);
      secrets(path, workflow.get("env"));
      int unpinned = 0;
      int actions = 0;
      for (Yaml job : workflow.at("jobs") == null ? List.<Yaml>of() : jobs(workflow)) {
        secrets(path, job.get("env"));
        Yaml reusable = job.get("uses");
        if (reusable != null && reusable.text() != null) {
          actions++;
          unpinned += pin(path, reusable) ? 0 : 1;
        }
        Yaml steps = job.get("steps");
        for (Yaml step : steps == null ? List.<Yaml>of() : steps.list()) {
          secrets(path, step.get("env"));
          Yaml uses = step.get("uses");
          if (uses != null && uses.text() != null) {
            if (!uses.text().startsWith("./") && !uses.text().startsWith("docker://")) {
              actions++;
              unpinned += pin(path, uses) ? 0 : 1;
            }
            supplyChain(path, uses);
          }
          Yaml run = step.get("run");
          if (run != null && run.text() != null) {
            if (tests == null && TESTS.matcher(run.text()).find()) {
              tests = new Evidence(path, run.line());
            }
            supplyChain(path, run);
          }
        }
      }
      if (actions > 0 && unpinned == 0) {
        findings.add(
            finding(
                "action-pinned",
                Status.OK,
                "all " + actions + " actions are pinned to a commit SHA",
                path,
                0));
      }
    }

    private static List<Yaml> jobs(Yaml workflow) {
      return workflow.get("jobs").map().values().stream().filter(Yaml::isMap).toList();
    }

    /** Reports an action not pinned to a commit; returns whether it is pinned. */
    private boolean pin(String path, Yaml uses) {
      String reference = uses.text().trim();
      if (reference.startsWith("./") || reference.startsWith("docker://")) {
        return true;
      }
      int at = reference.lastIndexOf('@');
      if (at < 0) {
        findings.add(
            finding(
                "action-pinned",
                Status.PROBLEM,
                "action " + reference + " has no ref, not a commit SHA",
                path,
                uses.line()));
        return false;
      }
      String ref = reference.substring(at + 1);
      if (SHA.matcher(ref).matches()) {
        return true;
      }
      findings.add(
          finding(
              "action-pinned",
              Status.PROBLEM,
              "action "
                  + reference.substring(0, at)
                  + " pinned to tag "
                  + ref
                  + ", not a commit SHA",
              path,
              uses.line()));
      return false;
    }

    private void supplyChain(String path, Yaml node) {
      String text = node.text();
      if (sbom == null && SBOM.matcher(text).find()) {
        sbom = new Evidence(path, node.line());
      }
      if (signing == null && SIGNING.matcher(text).find()) {
        signing = new Evidence(path, node.line());
      }
      if (provenance == null && PROVENANCE.matcher(text).find()) {
        provenance = new Evidence(path, node.line());
      }
      if (hostedProvenance == null && HOSTED_PROVENANCE.matcher(text).find()) {
        hostedProvenance = new Evidence(path, node.line());
      }
    }

    /** Literal values under secret-looking keys; the value itself never reaches a message. */
    private void secrets(String path, Yaml variables) {
      if (variables == null) {
        return;
      }
      for (Map.Entry<String, Yaml> entry : variables.map().entrySet()) {
        String key = entry.getKey();
        Yaml value = entry.getValue();
        // GitLab lets a variable be {value: ..., description: ...}.
        if (value.isMap() && value.get("value") != null) {
          value = value.get("value");
        }
        String text = value.text();
        if (!SECRET_KEY.matcher(key.toUpperCase(Locale.ROOT)).find()
            || text == null
            || text.isBlank()
            || text.contains("${{")
            || text.startsWith("$")
            || text.equalsIgnoreCase("true")
            || text.equalsIgnoreCase("false")) {
          continue;
        }
        findings.add(
            finding(
                "plaintext-secret",
                Status.PROBLEM,
                "a secret of type " + key + " in plain text; use the CI's secret store instead",
                path,
                value.line()));
      }
    }

    private void gitlab(String path) {
      List<Yaml> documents = parse(path);
      if (documents.isEmpty() || !documents.get(0).isMap()) {
        return;
      }
      Yaml pipeline = documents.get(0);
      secrets(path, pipeline.get("variables"));
      hostedProvenanceVariable(path, pipeline.get("variables"));
      for (Map.Entry<String, Yaml> entry : pipeline.map().entrySet()) {
        Yaml job = entry.getValue();
        if (!job.isMap()) {
          continue;
        }
        secrets(path, job.get("variables"));
        hostedProvenanceVariable(path, job.get("variables"));
        for (String key : List.of("before_script", "script", "after_script")) {
          Yaml script = job.get(key);
          if (script == null) {
            continue;
          }
          List<Yaml> lines = script.text() != null ? List.of(script) : script.list();
          for (Yaml line : lines) {
            if (line.text() == null) {
              continue;
            }
            if (tests == null && TESTS.matcher(line.text()).find()) {
              tests = new Evidence(path, line.line());
            }
            supplyChain(path, line);
          }
        }
      }
    }

    // GitLab runners write an SLSA provenance statement when this variable is true; it is not
    // signed by default, so it counts as provenance (L1), not as hosted signed provenance (L2).
    private void hostedProvenanceVariable(String path, Yaml variables) {
      Yaml flag = variables == null ? null : variables.get("RUNNER_GENERATE_ARTIFACTS_METADATA");
      if (flag != null && "true".equalsIgnoreCase(flag.text()) && provenance == null) {
        provenance = new Evidence(path, flag.line());
      }
    }

    private List<Yaml> parse(String path) {
      try {
        return Yaml.documents(repository.read(path));
      } catch (IOException | RuntimeException e) {
        findings.add(
            finding(
                "yaml",
                Status.PROBLEM,
                "not valid YAML, so not checked: " + firstLine(e.getMessage()),
                path,
                0));
        return List.of();
      }
    }

    private static ConfigFinding finding(
        String check, Status status, String message, String path, int line) {
      return new ConfigFinding("ci", check, status, message, path, line);
    }
  }

  static String firstLine(String message) {
    if (message == null) {
      return "parse error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Dockerfiles: base images pinned by digest, a non-root user, a multi-stage build. */
  private static final class DockerfileChecks {
    private static final Pattern INSTRUCTION = Pattern.compile("^\\s*([A-Za-z]+)\\s+(.*)$");

    private final Repository repository;
    private final List<ConfigFinding> findings;

    DockerfileChecks(Repository repository, List<ConfigFinding> findings) {
      this.repository = repository;
      this.findings = findings;
    }

    static boolean isDockerfile(String path) {
      String name = fileName(path);
      return name.equals("Dockerfile")
          || name.endsWith(".Dockerfile")
          || name.startsWith("Dockerfile.");
    }

    void run() {
      for (String path : repository.paths(DockerfileChecks::isDockerfile)) {
        check(path, repository.read(path));
      }
    }

    private record Instruction(String keyword, String arguments, int line) {}

    private static List<Instruction> instructions(String text) {
      List<Instruction> instructions = new ArrayList<>();
      String[] lines = text.split("\\R", -1);
      StringBuilder pending = new StringBuilder();
      int start = 0;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (pending.isEmpty()) {
          if (line.isBlank() || line.stripLeading().startsWith("#")) {
            continue;
          }
          start = i + 1;
        } else if (line.stripLeading().startsWith("#")) {
          continue; // comments inside a continued instruction are dropped by Docker too
        }
        String stripped = line.stripTrailing();
        if (stripped.endsWith("\\")) {
          pending.append(stripped, 0, stripped.length() - 1).append(' ');
          continue;
        }
        pending.append(stripped);
        Matcher m = INSTRUCTION.matcher(pending);
        if (m.matches()) {
          instructions.add(
              new Instruction(m.group(1).toUpperCase(Locale.ROOT), m.group(2).trim(), start));
        }
        pending.setLength(0);
      }
      return instructions;
    }

    private void check(String path, String text) {
      List<Instruction> instructions = instructions(text);
      Set<String> stages = new LinkedHashSet<>();
      Instruction lastFrom = null;
      Instruction lastUser = null;
      int froms = 0;
      for (Instruction instruction : instructions) {
        if (instruction.keyword.equals("FROM")) {
          froms++;
          lastFrom = instruction;
          lastUser = null;
          List<String> words =
              Stream.of(instruction.arguments.split("\\s+"))
                  .filter(w -> !w.isEmpty() && !w.startsWith("--"))
                  .toList();
          if (words.isEmpty()) {
            continue;
          }
          String image = words.get(0);
          if (words.size() >= 3 && words.get(1).equalsIgnoreCase("AS")) {
            stages.add(words.get(2).toLowerCase(Locale.ROOT));
          }
          baseImage(path, instruction.line, image, stages);
        } else if (instruction.keyword.equals("USER")) {
          lastUser = instruction;
        }
      }
      if (lastFrom == null) {
        return;
      }
      user(path, lastFrom, lastUser);
      if (froms > 1) {
        findings.add(
            finding(
                "multi-stage",
                Status.OK,
                "multi-stage build (" + froms + " stages)",
                path,
                instructions.stream()
                    .filter(i -> i.keyword.equals("FROM"))
                    .findFirst()
                    .get()
                    .line));
      } else {
        findings.add(
            finding(
                "multi-stage",
                Status.MISSING,
                "single-stage build: build tools ship in the runtime image (a note, not a problem)",
                path,
                lastFrom.line));
      }
    }

    private void baseImage(String path, int line, String image, Set<String> stages) {
      String lower = image.toLowerCase(Locale.ROOT);
      // An earlier stage, scratch, or an image chosen by a build argument: nothing to pin here.
      if (stages.contains(lower) && !image.contains(":")
          || lower.equals("scratch")
          || image.contains("$")) {
        if (stages.contains(lower) || lower.equals("scratch")) {
          return;
        }
        findings.add(
            finding(
                "base-image-pinned",
                Status.PROBLEM,
                "base image " + image + " is chosen by a build argument: its pin cannot be checked",
                path,
                line));
        return;
      }
      if (image.contains("@sha256:")) {
        findings.add(
            finding(
                "base-image-pinned",
                Status.OK,
                "base image " + image.substring(0, image.indexOf('@')) + " pinned by digest",
                path,
                line));
        return;
      }
      String tag = tagOf(image);
      String name = tag == null ? image : image.substring(0, image.length() - tag.length() - 1);
      String message =
          tag == null
              ? "base image " + name + " has no tag (latest), not a digest"
              : tag.equals("latest")
                  ? "base image " + name + " uses latest, not a digest"
                  : "base image " + name + " pinned to tag " + tag + ", not a digest";
      findings.add(finding("base-image-pinned", Status.PROBLEM, message, path, line));
    }

    private void user(String path, Instruction lastFrom, Instruction lastUser) {
      if (lastUser == null) {
        findings.add(
            finding(
                "non-root-user",
                Status.PROBLEM,
                "no USER in the final stage: the container runs as root",
                path,
                lastFrom.line));
        return;
      }
      String user = lastUser.arguments.split("[:\\s]")[0];
      if (user.equals("root") || user.equals("0")) {
        findings.add(
            finding(
                "non-root-user",
                Status.PROBLEM,
                "USER " + user + ": the container runs as root",
                path,
                lastUser.line));
      } else {
        findings.add(
            finding("non-root-user", Status.OK, "runs as user " + user, path, lastUser.line));
      }
    }

    private static ConfigFinding finding(
        String check, Status status, String message, String path, int line) {
      return new ConfigFinding("container", check, status, message, path, line);
    }
  }

  /** The tag of an image reference, or null; a registry port ({@code host:5000/x}) is no tag. */
  static String tagOf(String image) {
    String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int colon = withoutDigest.lastIndexOf(':');
    int slash = withoutDigest.lastIndexOf('/');
    return colon > slash ? withoutDigest.substring(colon + 1) : null;
  }

  /**
   * Kubernetes manifests (parsed), Helm templates (pattern-matched) and Kustomize: per container
   * resources, probes, security context and image tag; per repository PodDisruptionBudget and
   * NetworkPolicy.
   */
  private static final class KubernetesChecks {
    private static final Set<String> WORKLOADS =
        Set.of("Deployment", "StatefulSet", "DaemonSet", "Pod", "Job", "CronJob");
    private static final Set<String> LONG_RUNNING =
        Set.of("Deployment", "StatefulSet", "DaemonSet");
    private static final String HELM = " (pattern-matched, not parsed: Helm template)";
    private static final Pattern KIND = Pattern.compile("(?m)^kind:\\s*[\"']?(\\w+)");

    private final Repository repository;
    private final List<ConfigFinding> findings;
    private Evidence firstWorkload;
    private Evidence disruptionBudget;
    private Evidence networkPolicy;

    KubernetesChecks(Repository repository, List<ConfigFinding> findings) {
      this.repository = repository;
      this.findings = findings;
    }

    void run() {
      Set<String> charts = new LinkedHashSet<>();
      for (String path : repository.paths(p -> fileName(p).equals("Chart.yaml"))) {
        charts.add(path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "");
      }
      for (String path : repository.paths(p -> isYaml(p) && !p.startsWith(".github/"))) {
        String name = fileName(path);
        if (name.equals("kustomization.yaml")
            || name.equals("kustomization.yml")
            || name.equals("Kustomization")) {
          findings.add(finding("kustomize", Status.OK, "kustomize base found", path, 0));
          continue;
        }
        if (charts.stream().anyMatch(chart -> path.startsWith(chart + "templates/"))) {
          helmTemplate(path, repository.read(path));
        } else if (!path.equals(".gitlab-ci.yml")) {
          manifest(path);
        }
      }
      if (firstWorkload == null) {
        return;
      }
      repositoryLevel(
          "pod-disruption-budget",
          disruptionBudget,
          "PodDisruptionBudget found",
          "workloads but no PodDisruptionBudget: voluntary disruptions (node drains) can take"
              + " every replica down at once");
      repositoryLevel(
          "network-policy",
          networkPolicy,
          "NetworkPolicy found",
          "workloads but no NetworkPolicy: every pod accepts traffic from every other pod");
    }

    private static boolean isYaml(String path) {
      return path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith("Kustomization");
    }

    private void repositoryLevel(String check, Evidence evidence, String found, String missing) {
      if (evidence != null) {
        findings.add(finding(check, Status.OK, found, evidence.path, evidence.line));
      } else {
        findings.add(finding(check, Status.MISSING, missing, ".", 0));
      }
    }

    private void manifest(String path) {
      List<Yaml> documents;
      try {
        documents = Yaml.documents(repository.read(path));
      } catch (IOException | RuntimeException e) {
        // Any YAML file may be anything (and often a template of some other tool); a file that
        // does not parse is simply not a manifest we can check.
        return;
      }
      for (Yaml document : documents) {
        String kind = document.textAt("kind");
        if (kind == null || document.textAt("apiVersion") == null) {
          continue;
        }
        int line = document.get("kind").line();
        switch (kind) {
          case "PodDisruptionBudget" -> {
            if (disruptionBudget == null) {
              disruptionBudget = new Evidence(path, line);
            }
          }
          case "NetworkPolicy" -> {
            if (networkPolicy == null) {
              networkPolicy = new Evidence(path, line);
            }
          }
          default -> {
            if (WORKLOADS.contains(kind)) {
              workload(path, kind, document);
            }
          }
        }
      }
    }

    private void workload(String path, String kind, Yaml document) {
      if (firstWorkload == null) {
        firstWorkload = new Evidence(path, document.get("kind").line());
      }
      Yaml podSpec =
          switch (kind) {
            case "Pod" -> document.get("spec");
            case "CronJob" -> document.at("spec", "jobTemplate", "spec", "template", "spec");
            default -> document.at("spec", "template", "spec");
          };
      if (podSpec == null || podSpec.get("containers") == null) {
        return;
      }
      boolean podNonRoot = nonRoot(podSpec.get("securityContext"));
      for (Yaml container : podSpec.get("containers").list()) {
        String name = container.textAt("name") == null ? "?" : container.textAt("name");
        String what = kind + " container " + name;
        Yaml resources = container.get("resources");
        List<String> absent = new ArrayList<>();
        for (String part : List.of("requests", "limits")) {
          if (resources == null || resources.get(part) == null) {
            absent.add("resources." + part);
          }
        }
        findings.add(
            absent.isEmpty()
                ? finding(
                    "resources",
                    Status.OK,
                    what + " sets requests and limits",
                    path,
                    resources.line())
                : finding(
                    "resources",
                    Status.PROBLEM,
                    what + " has no " + String.join(" and no ", absent),
                    path,
                    resources == null ? container.line() : resources.line()));
        if (LONG_RUNNING.contains(kind)) {
          List<String> probes = new ArrayList<>();
          for (String probe : List.of("readinessProbe", "livenessProbe")) {
            if (container.get(probe) == null) {
              probes.add(probe);
            }
          }
          findings.add(
              probes.isEmpty()
                  ? finding(
                      "probes",
                      Status.OK,
                      what + " has readiness and liveness probes",
                      path,
                      container.line())
                  : finding(
                      "probes",
                      Status.PROBLEM,
                      what + " has no " + String.join(" and no ", probes),
                      path,
                      container.line()));
        }
        Yaml securityContext = container.get("securityContext");
        if (nonRoot(securityContext) || podNonRoot && !root(securityContext)) {
          findings.add(
              finding(
                  "security-context",
                  Status.OK,
                  what + " runs as non-root",
                  path,
                  securityContext == null
                      ? podSpec.get("securityContext").line()
                      : securityContext.line()));
        } else {
          findings.add(
              finding(
                  "security-context",
                  Status.PROBLEM,
                  what + " has no securityContext with runAsNonRoot or a non-zero runAsUser",
                  path,
                  securityContext == null ? container.line() : securityContext.line()));
        }
        Yaml image = container.get("image");
        if (image != null && image.text() != null) {
          imageTag(path, what, image);
        }
      }
    }

    private static boolean nonRoot(Yaml securityContext) {
      if (securityContext == null) {
        return false;
      }
      String user = securityContext.textAt("runAsUser");
      return "true".equalsIgnoreCase(securityContext.textAt("runAsNonRoot"))
          || user != null && user.matches("\\d+") && !user.matches("0+");
    }

    private static boolean root(Yaml securityContext) {
      if (securityContext == null) {
        return false;
      }
      String user = securityContext.textAt("runAsUser");
      return "false".equalsIgnoreCase(securityContext.textAt("runAsNonRoot"))
          || user != null && user.matches("0+");
    }

    private void imageTag(String path, String what, Yaml image) {
      String reference = image.text().trim();
      if (reference.contains("@sha256:")) {
        findings.add(
            finding("image-tag", Status.OK, what + " image pinned by digest", path, image.line()));
        return;
      }
      String tag = tagOf(reference);
      if (tag == null || tag.equals("latest")) {
        findings.add(
            finding(
                "image-tag",
                Status.PROBLEM,
                what + (tag == null ? " image has no tag (latest)" : " image uses the latest tag"),
                path,
                image.line()));
      } else {
        findings.add(
            finding("image-tag", Status.OK, what + " image tagged " + tag, path, image.line()));
      }
    }

    private void helmTemplate(String path, String text) {
      String[] lines = text.split("\\R", -1);
      Matcher kinds = KIND.matcher(text);
      Set<String> found = new LinkedHashSet<>();
      int kindLine = 0;
      while (kinds.find()) {
        found.add(kinds.group(1));
        if (kindLine == 0 && WORKLOADS.contains(kinds.group(1))) {
          kindLine = lineAt(text, kinds.start());
        }
      }
      if (found.contains("PodDisruptionBudget") && disruptionBudget == null) {
        disruptionBudget = new Evidence(path, lineOf(lines, "kind:\\s*PodDisruptionBudget"));
      }
      if (found.contains("NetworkPolicy") && networkPolicy == null) {
        networkPolicy = new Evidence(path, lineOf(lines, "kind:\\s*NetworkPolicy"));
      }
      if (kindLine == 0) {
        return;
      }
      String kind = found.stream().filter(WORKLOADS::contains).findFirst().get();
      if (firstWorkload == null) {
        firstWorkload = new Evidence(path, kindLine);
      }
      String what = kind + " template";
      patterned(
          "resources",
          lines,
          "resources:",
          what + " sets resources",
          what + " has no resources",
          path,
          kindLine);
      if (LONG_RUNNING.contains(kind)) {
        for (String probe : List.of("readinessProbe", "livenessProbe")) {
          patterned(
              "probes",
              lines,
              probe + ":",
              what + " has a " + probe,
              what + " has no " + probe,
              path,
              kindLine);
        }
      }
      int nonRoot = lineOf(lines, "runAsNonRoot:\\s*true|runAsUser:\\s*[1-9]");
      findings.add(
          nonRoot > 0
              ? finding(
                  "security-context", Status.OK, what + " runs as non-root" + HELM, path, nonRoot)
              : finding(
                  "security-context",
                  Status.PROBLEM,
                  what + " has no runAsNonRoot or non-zero runAsUser" + HELM,
                  path,
                  kindLine));
    }

    private void patterned(
        String check,
        String[] lines,
        String key,
        String found,
        String missing,
        String path,
        int kindLine) {
      int line = lineOf(lines, Pattern.quote(key));
      findings.add(
          line > 0
              ? finding(check, Status.OK, found + HELM, path, line)
              : finding(check, Status.PROBLEM, missing + HELM, path, kindLine));
    }

    private static ConfigFinding finding(
        String check, Status status, String message, String path, int line) {
      return new ConfigFinding("kubernetes", check, status, message, path, line);
    }
  }

  /** The 1-based line of the first line matching {@code regex} (found anywhere), or 0. */
  static int lineOf(String[] lines, String regex) {
    Pattern pattern = Pattern.compile(regex);
    for (int i = 0; i < lines.length; i++) {
      if (pattern.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return 0;
  }

  static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Terraform, pattern-matched (no maintained HCL parser for Java): provider and module versions, a
   * remote state backend, open CIDRs, public buckets, and resources without tags.
   */
  private static final class TerraformChecks {
    private static final String NOTE = " (pattern-matched)";
    private static final Pattern BLOCK =
        Pattern.compile(
            "^([A-Za-z_][\\w-]*)((?:\\s+\"[^\"]*\"|\\s+[A-Za-z_][\\w-]*)*)\\s*\\{\\s*(\\})?\\s*$");
    private static final Pattern MAP_ATTRIBUTE =
        Pattern.compile("^([A-Za-z_][\\w-]*)\\s*=\\s*\\{\\s*$");
    private static final Pattern ATTRIBUTE =
        Pattern.compile("^([A-Za-z_][\\w-]*|\"[^\"]*\")\\s*=\\s*(.*)$");
    private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*\"?(\\w+)\"?\\s*$");
    private static final Pattern LABEL = Pattern.compile("\"([^\"]*)\"|([A-Za-z_][\\w-]*)");
    private static final Pattern OPEN_CIDR_ATTRIBUTE =
        Pattern.compile(
            "cidr_blocks|ipv6_cidr_blocks|source_ranges|cidr_ipv4|cidr_ipv6|source_address_prefix(es)?|cidr_block");
    private static final Pattern PUBLIC =
        Pattern.compile(
            "\\bacl\\s*=\\s*\"public-read(-write)?\"|\\b(block_public_acls|block_public_policy|ignore_public_acls|restrict_public_buckets)\\s*=\\s*false");
    private static final Pattern REGISTRY_SOURCE =
        Pattern.compile("^([\\w.-]+/)?[\\w-]+/[\\w-]+/[\\w-]+(//.*)?$");

    private final Repository repository;
    private final List<ConfigFinding> findings;

    TerraformChecks(Repository repository, List<ConfigFinding> findings) {
      this.repository = repository;
      this.findings = findings;
    }

    record Attribute(String name, String value, int line) {}

    /** A block or a map-valued attribute, with what it holds. */
    static final class Block {
      final String type;
      final List<String> labels;
      final int line;
      final Block parent;
      final List<Block> children = new ArrayList<>();
      final List<Attribute> attributes = new ArrayList<>();

      Block(String type, List<String> labels, int line, Block parent) {
        this.type = type;
        this.labels = labels;
        this.line = line;
        this.parent = parent;
      }

      String label(int index) {
        return index < labels.size() ? labels.get(index) : "";
      }

      Attribute attribute(String name) {
        return attributes.stream().filter(a -> a.name.equals(name)).findFirst().orElse(null);
      }

      Block child(String childType) {
        return children.stream().filter(c -> c.type.equals(childType)).findFirst().orElse(null);
      }

      boolean within(String ancestorType) {
        for (Block b = this; b != null; b = b.parent) {
          if (b.type.equals(ancestorType)) {
            return true;
          }
        }
        return false;
      }

      Block resource() {
        for (Block b = this; b != null; b = b.parent) {
          if (b.type.equals("resource")) {
            return b;
          }
        }
        return null;
      }
    }

    /** A line with an all-addresses CIDR, with the attribute and block it sits in. */
    record OpenCidr(int line, String attribute, Block block) {}

    /** One .tf file read into blocks. */
    static final class TerraformFile {
      final Block root = new Block("", List.of(), 0, null);
      final List<OpenCidr> openCidrs = new ArrayList<>();
      final List<Attribute> publicAccess = new ArrayList<>();

      static TerraformFile parse(String text) {
        TerraformFile file = new TerraformFile();
        List<Block> stack = new ArrayList<>(List.of(file.root));
        String heredoc = null;
        boolean blockComment = false;
        String listAttribute = null;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
          int number = i + 1;
          String raw = lines[i];
          if (heredoc != null) {
            if (raw.trim().equals(heredoc)) {
              heredoc = null;
            }
            continue;
          }
          if (blockComment) {
            int end = raw.indexOf("*/");
            if (end < 0) {
              continue;
            }
            raw = raw.substring(end + 2);
            blockComment = false;
          }
          String code = stripComment(raw);
          int open = code.indexOf("/*");
          if (open >= 0) {
            blockComment = !code.substring(open).contains("*/");
            code = code.substring(0, open);
          }
          code = code.trim();
          if (code.isEmpty()) {
            continue;
          }
          Matcher h = HEREDOC.matcher(code);
          if (h.find()) {
            heredoc = h.group(1);
          }
          Block top = stack.get(stack.size() - 1);
          Matcher block = BLOCK.matcher(code);
          Matcher map = MAP_ATTRIBUTE.matcher(code);
          Matcher attribute = ATTRIBUTE.matcher(code);
          String attributeName = listAttribute;
          if (block.matches()) {
            List<String> labels = new ArrayList<>();
            Matcher label = LABEL.matcher(block.group(2));
            while (label.find()) {
              labels.add(label.group(1) != null ? label.group(1) : label.group(2));
            }
            Block child = new Block(block.group(1), List.copyOf(labels), number, top);
            top.children.add(child);
            if (block.group(3) == null) {
              stack.add(child);
            }
          } else if (map.matches()) {
            top.attributes.add(new Attribute(map.group(1), "{", number));
            Block child = new Block(map.group(1), List.of(), number, top);
            top.children.add(child);
            stack.add(child);
          } else if (attribute.matches()) {
            String name = attribute.group(1).replace("\"", "");
            String value = attribute.group(2).trim();
            top.attributes.add(new Attribute(name, value, number));
            attributeName = name;
            if (value.startsWith("[") && !value.contains("]")) {
              listAttribute = name;
            }
            adjust(stack, braces(value), name, number);
          } else {
            if (listAttribute != null && code.contains("]")) {
              listAttribute = null;
            }
            adjust(stack, braces(code), "", number);
          }
          if (code.contains("0.0.0.0/0") || code.contains("::/0")) {
            file.openCidrs.add(
                new OpenCidr(
                    number,
                    attributeName == null ? "" : attributeName,
                    stack.get(stack.size() - 1)));
          }
          Matcher publicAccess = PUBLIC.matcher(code);
          if (publicAccess.find()) {
            file.publicAccess.add(new Attribute(publicAccess.group(), "", number));
          }
        }
        return file;
      }

      /** Opens anonymous blocks for braces left open on a line, closes for extra closing ones. */
      private static void adjust(List<Block> stack, int net, String name, int line) {
        for (int n = 0; n < net; n++) {
          Block top = stack.get(stack.size() - 1);
          Block child = new Block(name, List.of(), line, top);
          top.children.add(child);
          stack.add(child);
        }
        for (int n = 0; n > net && stack.size() > 1; n--) {
          stack.remove(stack.size() - 1);
        }
      }

      private static int braces(String code) {
        int net = 0;
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
          char c = code.charAt(i);
          if (c == '\\' && quoted) {
            i++;
          } else if (c == '"') {
            quoted = !quoted;
          } else if (!quoted && c == '{') {
            net++;
          } else if (!quoted && c == '}') {
            net--;
          }
        }
        return net;
      }

      private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
          char c = line.charAt(i);
          if (c == '\\' && quoted) {
            i++;
          } else if (c == '"') {
            quoted = !quoted;
          } else if (!quoted
              && (c == '#' || c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/')) {
            return line.substring(0, i);
          }
        }
        return line;
      }
    }

    private record Located(String path, Block block) {}

    void run() {
      List<String> paths = repository.paths(p -> p.endsWith(".tf"));
      if (paths.isEmpty()) {
        return;
      }
      List<Located> blocks = new ArrayList<>();
      for (String path : paths) {
        TerraformFile file = TerraformFile.parse(repository.read(path));
        file.root.children.forEach(b -> blocks.add(new Located(path, b)));
        openCidrs(path, file);
        for (Attribute publicAccess : file.publicAccess) {
          findings.add(
              finding(
                  "public-bucket",
                  Status.PROBLEM,
                  publicAccess.name + ": storage may be readable by anyone" + NOTE,
                  path,
                  publicAccess.line));
        }
      }
      providers(blocks);
      modules(blocks);
      backend(blocks, paths.get(0));
      tags(blocks);
    }

    private void providers(List<Located> blocks) {
      Map<String, Boolean> reported = new LinkedHashMap<>();
      for (Located terraform : ofType(blocks, "terraform")) {
        Block required = terraform.block.child("required_providers");
        if (required == null) {
          continue;
        }
        for (Attribute entry : required.attributes) {
          boolean versioned;
          if (entry.value.equals("{")) {
            Block map =
                required.children.stream()
                    .filter(c -> c.type.equals(entry.name) && c.line == entry.line)
                    .findFirst()
                    .orElse(null);
            versioned = map != null && map.attribute("version") != null;
          } else {
            // aws = "~> 5.0" (the old form) or a one-line object with a version.
            versioned = entry.value.startsWith("\"") || entry.value.contains("version");
          }
          if (reported.putIfAbsent(entry.name, versioned) == null) {
            findings.add(
                versioned
                    ? finding(
                        "provider-version",
                        Status.OK,
                        "provider " + entry.name + " has a version constraint" + NOTE,
                        terraform.path,
                        entry.line)
                    : finding(
                        "provider-version",
                        Status.PROBLEM,
                        "provider "
                            + entry.name
                            + " has no version constraint in required_providers"
                            + NOTE,
                        terraform.path,
                        entry.line));
          }
        }
      }
      for (Located provider : ofType(blocks, "provider")) {
        String name = provider.block.label(0);
        if (reported.containsKey(name)) {
          continue;
        }
        boolean versioned = provider.block.attribute("version") != null;
        reported.put(name, versioned);
        findings.add(
            versioned
                ? finding(
                    "provider-version",
                    Status.OK,
                    "provider " + name + " has a version constraint in its provider block" + NOTE,
                    provider.path,
                    provider.block.line)
                : finding(
                    "provider-version",
                    Status.PROBLEM,
                    "provider " + name + " has no version constraint in required_providers" + NOTE,
                    provider.path,
                    provider.block.line));
      }
    }

    private void modules(List<Located> blocks) {
      for (Located module : ofType(blocks, "module")) {
        Attribute source = module.block.attribute("source");
        if (source == null) {
          continue;
        }
        String value = source.value.replace("\"", "").trim();
        String name = module.block.label(0);
        if (value.startsWith("./") || value.startsWith("../")) {
          continue;
        }
        if (value.startsWith("git::")
            || value.startsWith("git@")
            || value.startsWith("github.com/")
            || value.startsWith("bitbucket.org/")
            || value.contains(".git")) {
          // The source is not repeated: a git URL may carry credentials.
          boolean pinned = value.contains("?ref=") || value.contains("&ref=");
          findings.add(
              finding(
                  "module-version",
                  pinned ? Status.OK : Status.PROBLEM,
                  "module "
                      + name
                      + " from git "
                      + (pinned ? "is pinned with ?ref=" : "has no ?ref= pin")
                      + NOTE,
                  module.path,
                  source.line));
        } else if (REGISTRY_SOURCE.matcher(value).matches()) {
          boolean pinned = module.block.attribute("version") != null;
          findings.add(
              finding(
                  "module-version",
                  pinned ? Status.OK : Status.PROBLEM,
                  "module "
                      + name
                      + " from the registry ("
                      + value
                      + ") "
                      + (pinned ? "has a version" : "has no version")
                      + NOTE,
                  module.path,
                  source.line));
        }
      }
    }

    private void backend(List<Located> blocks, String firstFile) {
      List<Located> terraform = ofType(blocks, "terraform");
      for (Located block : terraform) {
        Block backend = block.block.child("backend");
        if (backend == null) {
          backend = block.block.child("cloud");
        }
        if (backend != null) {
          String kind = backend.type.equals("cloud") ? "HCP Terraform" : backend.label(0);
          findings.add(
              finding(
                  "remote-backend",
                  Status.OK,
                  "remote state backend: " + kind + NOTE,
                  block.path,
                  backend.line));
          return;
        }
      }
      findings.add(
          terraform.isEmpty()
              ? finding(
                  "remote-backend",
                  Status.MISSING,
                  "no remote state backend: no terraform block at all" + NOTE,
                  firstFile,
                  0)
              : finding(
                  "remote-backend",
                  Status.MISSING,
                  "no remote state backend: state is kept where terraform runs" + NOTE,
                  terraform.get(0).path,
                  terraform.get(0).block.line));
    }

    private void openCidrs(String path, TerraformFile file) {
      for (OpenCidr cidr : file.openCidrs) {
        Block resource = cidr.block.resource();
        String resourceType = resource == null ? "" : resource.label(0);
        Attribute type = resource == null ? null : resource.attribute("type");
        // Egress to anywhere and default routes are normal; only inbound rules are a problem.
        boolean outbound =
            cidr.block.within("egress")
                || cidr.block.within("route")
                || resourceType.contains("egress")
                || resourceType.contains("route")
                || type != null && type.value.contains("egress");
        boolean inbound =
            cidr.block.within("ingress") || OPEN_CIDR_ATTRIBUTE.matcher(cidr.attribute).matches();
        if (inbound && !outbound) {
          findings.add(
              finding(
                  "open-cidr",
                  Status.PROBLEM,
                  "inbound traffic allowed from any address (0.0.0.0/0)" + NOTE,
                  path,
                  cidr.line));
        }
      }
    }

    private void tags(List<Located> blocks) {
      boolean defaultTags =
          ofType(blocks, "provider").stream()
              .anyMatch(
                  p ->
                      p.block.child("default_tags") != null
                          || p.block.attribute("default_labels") != null
                          || p.block.attribute("default_tags") != null);
      if (defaultTags) {
        return;
      }
      List<Located> untagged = new ArrayList<>();
      int cloud = 0;
      for (Located resource : ofType(blocks, "resource")) {
        String type = resource.block.label(0);
        if (!type.startsWith("aws_")
            && !type.startsWith("google_")
            && !type.startsWith("azurerm_")) {
          continue;
        }
        cloud++;
        Block b = resource.block;
        if (b.attribute("tags") == null
            && b.attribute("labels") == null
            && b.child("tags") == null
            && b.child("labels") == null) {
          untagged.add(resource);
        }
      }
      if (!untagged.isEmpty()) {
        findings.add(
            finding(
                "tags",
                Status.MISSING,
                untagged.size()
                    + " of "
                    + cloud
                    + " cloud resources have no tags or labels and no provider sets default_tags"
                    + " (some resource types cannot be tagged)"
                    + NOTE,
                untagged.get(0).path,
                untagged.get(0).block.line));
      }
    }

    private static List<Located> ofType(List<Located> blocks, String type) {
      return blocks.stream().filter(b -> b.block.type.equals(type)).toList();
    }

    private static ConfigFinding finding(
        String check, Status status, String message, String path, int line) {
      return new ConfigFinding("terraform", check, status, message, path, line);
    }
  }
}
