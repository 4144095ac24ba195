package dev.platformconsultant.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.scan.ConfigFinding.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration checks on a fixture repository written here: every finding asserted by area,
 * check, status, path and line.
 */
class ConfigChecksTest {
  private static final String DIGEST = "@sha256:" + "a".repeat(64);

  @TempDir static Path tmp;
  private static List<ConfigFinding> findings;

  @BeforeAll
  static void scan() throws IOException {
    Path root = tmp.resolve("repo");
    write(
        root,
        ".github/workflows/ci.yml",
        """
        name: ci
        on: [push]
        env:
          API_TOKEN: abc123
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-java@c5195efecf7bdfc987ee8bae7a71cb8b11521c00
              - run: ./mvnw -B verify
        """);
    write(
        root,
        "Dockerfile",
        """
        FROM eclipse-temurin:21-jre
        COPY app.jar /app.jar
        ENTRYPOINT ["java", "-jar", "/app.jar"]
        """);
    write(
        root,
        "services/api/Dockerfile.release",
        """
        # build
        FROM maven:3.9-eclipse-temurin-21%s AS build
        RUN mvn -B package
        FROM eclipse-temurin:21-jre%s
        COPY --from=build /target/app.jar /app.jar
        USER 10001
        ENTRYPOINT ["java", "-jar", "/app.jar"]
        """
            .formatted(DIGEST, DIGEST));
    write(
        root,
        "k8s/app.yaml",
        """
        apiVersion: v1
        kind: Service
        metadata:
          name: app
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: app
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: app:latest
        """);
    write(root, "k8s/kustomization.yaml", "resources:\n  - app.yaml\n");
    write(root, "charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n");
    write(
        root,
        "charts/web/templates/deployment.yaml",
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ .Release.Name }}
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: "{{ .Values.image }}"
                  resources:
                    {{- toYaml .Values.resources | nindent 12 }}
        """);
    write(
        root,
        "infra/main.tf",
        """
        terraform {
          required_providers {
            aws = {
              source = "hashicorp/aws"
            }
          }
        }

        provider "aws" {
          region = "eu-west-1"
        }

        resource "aws_security_group" "web" {
          name = "web"
          ingress {
            from_port   = 443
            to_port     = 443
            cidr_blocks = ["0.0.0.0/0"]
          }
          egress {
            cidr_blocks = ["0.0.0.0/0"] # outbound to anywhere is normal
          }
        }

        module "vpc" {
          source = "terraform-aws-modules/vpc/aws"
        }
        """);
    write(root, ".github/CODEOWNERS", "* @platform-team\n");
    write(root, "docs/decisions/0001-x.md", "# 1. Record decisions\n");
    write(root, "docs/decisions/README.md", "How we record decisions\n");
    write(root, "node_modules/pkg/Dockerfile", "FROM node\n");

    // Outside the root: reachable only through links, which the scan must not follow.
    Path outside = tmp.resolve("outside");
    write(outside, "Dockerfile", "FROM evil:latest\n");
    write(outside, "deploy.yaml", "apiVersion: v1\nkind: Pod\nspec:\n  containers: []\n");
    Files.createSymbolicLink(root.resolve("Dockerfile.outside"), outside.resolve("Dockerfile"));
    Files.createSymbolicLink(root.resolve("linked"), outside);

    findings = new ConfigChecks().check(root);
  }

  @Test
  void actionsNotPinnedToACommitAreProblems() {
    assertEquals(
        List.of(
            new ConfigFinding(
                "ci",
                "action-pinned",
                Status.PROBLEM,
                "action actions/checkout pinned to tag v4, not a commit SHA",
                ".github/workflows/ci.yml",
                9)),
        of("action-pinned"));
  }

  @Test
  void testsRunButNoSbomSigningOrProvenance() {
    assertOne("tests", Status.OK, ".github/workflows/ci.yml", 11);
    assertOne("sbom", Status.MISSING, ".github/workflows", 0);
    assertOne("signing", Status.MISSING, ".github/workflows", 0);
    assertOne("provenance", Status.MISSING, ".github/workflows", 0);
    ConfigFinding slsa = assertOne("slsa-build-level", Status.MISSING, ".github/workflows", 0);
    assertTrue(slsa.message().startsWith("SLSA build level L0"), slsa.message());
    assertTrue(slsa.message().contains("L3 cannot be judged from the repository"));
  }

  @Test
  void aPlainTextSecretIsNamedByItsKeyNeverByItsValue() {
    ConfigFinding secret =
        assertOne("plaintext-secret", Status.PROBLEM, ".github/workflows/ci.yml", 4);
    assertTrue(secret.message().contains("a secret of type API_TOKEN in plain text"));
    assertTrue(findings.stream().noneMatch(f -> f.message().contains("abc123")));
  }

  @Test
  void aSingleStageDockerfileOnATagAndAsRoot() {
    assertEquals(
        List.of(
            new ConfigFinding(
                "container",
                "base-image-pinned",
                Status.PROBLEM,
                "base image eclipse-temurin pinned to tag 21-jre, not a digest",
                "Dockerfile",
                1),
            new ConfigFinding(
                "container",
                "multi-stage",
                Status.MISSING,
                "single-stage build: build tools ship in the runtime image (a note, not a problem)",
                "Dockerfile",
                1),
            new ConfigFinding(
                "container",
                "non-root-user",
                Status.PROBLEM,
                "no USER in the final stage: the container runs as root",
                "Dockerfile",
                1)),
        at("Dockerfile"));
  }

  @Test
  void aMultiStageDockerfilePinnedByDigestAsANonRootUser() {
    List<String> expected =
        List.of(
            "base-image-pinned OK 2",
            "multi-stage OK 2",
            "base-image-pinned OK 4",
            "non-root-user OK 6");
    assertEquals(
        expected,
        at("services/api/Dockerfile.release").stream()
            .map(f -> f.check() + " " + f.status() + " " + f.line())
            .toList());
  }

  @Test
  void aDeploymentWithoutResourcesProbesOrSecurityContextOnLatest() {
    assertEquals(
        List.of(
            "probes PROBLEM 14",
            "resources PROBLEM 14",
            "security-context PROBLEM 14",
            "image-tag PROBLEM 15"),
        at("k8s/app.yaml").stream()
            .map(f -> f.check() + " " + f.status() + " " + f.line())
            .toList());
    assertOne("kustomize", Status.OK, "k8s/kustomization.yaml", 0);
    assertOne("pod-disruption-budget", Status.MISSING, ".", 0);
    assertOne("network-policy", Status.MISSING, ".", 0);
  }

  @Test
  void helmTemplatesArePatternMatchedAndSaySo() {
    List<ConfigFinding> template = at("charts/web/templates/deployment.yaml");
    assertEquals(
        List.of(
            "probes PROBLEM 2",
            "probes PROBLEM 2",
            "security-context PROBLEM 2",
            "resources OK 11"),
        template.stream().map(f -> f.check() + " " + f.status() + " " + f.line()).toList());
    assertTrue(
        template.stream()
            .allMatch(f -> f.message().endsWith("(pattern-matched, not parsed: Helm template)")));
  }

  @Test
  void terraformIsPatternMatched() {
    List<ConfigFinding> terraform = at("infra/main.tf");
    assertEquals(
        List.of(
            "remote-backend MISSING 1",
            "provider-version PROBLEM 3",
            "tags MISSING 13",
            "open-cidr PROBLEM 18",
            "module-version PROBLEM 26"),
        terraform.stream().map(f -> f.check() + " " + f.status() + " " + f.line()).toList());
    assertTrue(terraform.stream().allMatch(f -> f.message().contains("(pattern-matched)")));
    assertTrue(terraform.stream().allMatch(f -> f.area().equals("terraform")));
  }

  @Test
  void ownershipAndDecisions() {
    assertEquals(
        List.of(
            new ConfigFinding(
                "ownership", "codeowners", Status.OK, "CODEOWNERS found", ".github/CODEOWNERS", 0),
            new ConfigFinding(
                "decisions", "adr", Status.OK, "1 decision record found", "docs/decisions", 0)),
        findings.stream()
            .filter(f -> f.area().equals("ownership") || f.area().equals("decisions"))
            .toList());
  }

  @Test
  void nothingIsReadThroughALinkOrInASkippedDirectory() {
    assertTrue(
        findings.stream()
            .noneMatch(
                f ->
                    f.path().startsWith("linked")
                        || f.path().equals("Dockerfile.outside")
                        || f.path().startsWith("node_modules")
                        || f.message().contains("evil")),
        findings::toString);
  }

  @Test
  void aRepositoryWithNothingReportsWhatIsMissing(@TempDir Path empty) throws IOException {
    write(empty, "README.md", "# nothing here\n");

    List<ConfigFinding> result = new ConfigChecks().check(empty);

    assertEquals(
        List.of(
            "ci slsa-build-level MISSING .github/workflows 0",
            "ownership codeowners MISSING .github/CODEOWNERS 0",
            "decisions adr MISSING docs/decisions 0"),
        result.stream()
            .map(
                f ->
                    f.area() + " " + f.check() + " " + f.status() + " " + f.path() + " " + f.line())
            .toList());
  }

  @Test
  void aScanCutShortSaysSo(@TempDir Path many) throws IOException {
    for (int i = 0; i < 5; i++) {
      write(many, "f" + i + ".txt", "x");
    }

    List<ConfigFinding> result = new ConfigChecks(3).check(many);

    assertEquals("file-limit", result.get(0).check());
    assertEquals(Status.PROBLEM, result.get(0).status());
  }

  @Test
  void gitlabProvenanceFromTheRunnerIsLevelOne(@TempDir Path gitlab) throws IOException {
    write(
        gitlab,
        ".gitlab-ci.yml",
        """
        stages: [test]
        variables:
          RUNNER_GENERATE_ARTIFACTS_METADATA: "true"
          DB_PASSWORD: hunter2
        unit:
          stage: test
          script:
            - go test ./...
            - syft . -o cyclonedx-json > sbom.json
        """);

    List<ConfigFinding> result = new ConfigChecks().check(gitlab);

    assertEquals(
        List.of(
            "signing MISSING 0",
            "provenance OK 3",
            "slsa-build-level MISSING 3",
            "plaintext-secret PROBLEM 4",
            "tests OK 8",
            "sbom OK 9"),
        result.stream()
            .filter(f -> f.area().equals("ci"))
            .map(f -> f.check() + " " + f.status() + " " + f.line())
            .toList());
    assertTrue(result.stream().noneMatch(f -> f.message().contains("hunter2")));
  }

  private static List<ConfigFinding> of(String check) {
    return findings.stream().filter(f -> f.check().equals(check)).toList();
  }

  private static List<ConfigFinding> at(String path) {
    return findings.stream().filter(f -> f.path().equals(path)).toList();
  }

  private static ConfigFinding assertOne(String check, Status status, String path, int line) {
    List<ConfigFinding> matching =
        findings.stream().filter(f -> f.check().equals(check) && f.path().equals(path)).toList();
    assertEquals(1, matching.size(), () -> check + " at " + path + ": " + matching);
    ConfigFinding finding = matching.get(0);
    assertEquals(status, finding.status(), finding::toString);
    assertEquals(line, finding.line(), finding::toString);
    return finding;
  }

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
