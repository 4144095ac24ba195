package dev.platformconsultant.audit;

import dev.platformconsultant.scan.ConfigFinding;
import dev.platformconsultant.scan.DeliveryEvidence;
import dev.platformconsultant.scan.ScanReport;
import dev.platformconsultant.text.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a repository scan adds to an audit: its problems grouped by check (33 unpinned actions are
 * one fact with a count and the first place, not 33), weighed by consequence, each with the remedy
 * and the knowledge-base passage behind it; and its delivery figures as the current state.
 */
final class ScanEvidence {
  /** Problems that expose a secret or data publicly: a breach, weighed as critical findings are. */
  private static final Set<String> CRITICAL =
      Set.of("plaintext-secret", "public-bucket", "open-cidr");

  /** Problems a breach or an outage needs one more failure for. */
  private static final Set<String> HIGH =
      Set.of("non-root-user", "security-context", "resources", "probes", "action-pinned");

  /** A check's remedy and the passage it rests on. */
  record Remedy(String en, String fr, String passage) {}

  private static final Map<String, Remedy> REMEDIES =
      Map.ofEntries(
          Map.entry(
              "action-pinned",
              new Remedy(
                  "Pin every third-party action to a full commit SHA and let a bot propose the updates.",
                  "Épinglez chaque action tierce sur un SHA de commit complet et laissez un bot proposer les mises à jour.",
                  "software-supply-chain#the-building-blocks")),
          Map.entry(
              "plaintext-secret",
              new Remedy(
                  "Move the secret to the CI's secret store, rotate it, and scan the repository with gitleaks.",
                  "Déplacez le secret dans le coffre de la CI, renouvelez-le, et scannez le dépôt avec gitleaks.",
                  "secrets-management#where-secrets-live")),
          Map.entry(
              "sbom",
              new Remedy(
                  "Generate an SBOM for every build (Syft or CycloneDX) and keep it with the artefact.",
                  "Générez un SBOM à chaque build (Syft ou CycloneDX) et gardez-le avec l'artefact.",
                  "software-supply-chain#a-path-that-works-in-a-quarter")),
          Map.entry(
              "signing",
              new Remedy(
                  "Sign images and artefacts in CI (cosign, keyless) and verify the signature at deploy time.",
                  "Signez images et artefacts en CI (cosign, sans clé) et vérifiez la signature au déploiement.",
                  "software-supply-chain#a-path-that-works-in-a-quarter")),
          Map.entry(
              "provenance",
              new Remedy(
                  "Generate build provenance in the hosted CI (attest-build-provenance or slsa-github-generator) to reach SLSA build L2.",
                  "Générez la provenance du build dans la CI hébergée (attest-build-provenance ou slsa-github-generator) pour atteindre SLSA build L2.",
                  "slsa#reaching-level-2-and-3")),
          Map.entry(
              "base-image-pinned",
              new Remedy(
                  "Pin base images by digest and let a bot propose the updates.",
                  "Épinglez les images de base par digest et laissez un bot proposer les mises à jour.",
                  "software-supply-chain#the-building-blocks")),
          Map.entry(
              "non-root-user",
              new Remedy(
                  "Run containers as a non-root user (USER in the final stage, runAsNonRoot in the pod).",
                  "Exécutez les conteneurs avec un utilisateur non root (USER dans l'étape finale, runAsNonRoot dans le pod).",
                  "cis-benchmarks#prioritising-findings")),
          Map.entry(
              "security-context",
              new Remedy(
                  "Give every workload a securityContext: runAsNonRoot, no privilege escalation, read-only root filesystem.",
                  "Donnez à chaque charge un securityContext : runAsNonRoot, pas d'élévation de privilèges, système de fichiers racine en lecture seule.",
                  "kubernetes-multi-tenancy#making-namespaces-safe")),
          Map.entry(
              "resources",
              new Remedy(
                  "Set CPU and memory requests and limits on every container.",
                  "Fixez requêtes et limites CPU et mémoire sur chaque conteneur.",
                  "capacity-scalability-review#autoscaling")),
          Map.entry(
              "probes",
              new Remedy(
                  "Add readiness and liveness probes to every long-running workload.",
                  "Ajoutez des sondes de disponibilité (readiness) et de vie (liveness) à chaque charge longue.",
                  "capacity-scalability-review#degrading-gracefully")),
          Map.entry(
              "open-cidr",
              new Remedy(
                  "Close inbound 0.0.0.0/0 rules: expose through a load balancer or a private endpoint only.",
                  "Fermez les règles entrantes 0.0.0.0/0 : exposez seulement via un load balancer ou un point d'accès privé.",
                  "zero-trust")),
          Map.entry(
              "public-bucket",
              new Remedy(
                  "Make the bucket private and block public access at the account level.",
                  "Rendez le bucket privé et bloquez l'accès public au niveau du compte.",
                  "landing-zones")));

  private ScanEvidence() {}

  /** One fact per failing check, with its count and first place. */
  record Group(String check, String area, String message, int count, String firstCitation) {}

  static Map<String, Group> problems(ScanReport scan) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (ConfigFinding f : scan.findings()) {
      if (f.status() != ConfigFinding.Status.PROBLEM) {
        continue;
      }
      groups.merge(
          f.check(),
          new Group(f.check(), f.area(), f.message(), 1, scan.cite(f)),
          (a, b) -> new Group(a.check(), a.area(), a.message(), a.count() + 1, a.firstCitation()));
    }
    return groups;
  }

  static int weight(String check) {
    return CRITICAL.contains(check) ? 4 : HIGH.contains(check) ? 3 : 2;
  }

  static String text(Group g, ScanReport scan, Language l) {
    return g.count() == 1
        ? "%s (`%s`)".formatted(g.message(), g.firstCitation())
        : (l == Language.FR
                ? "%s — %d cas dans le dépôt, le premier en `%s`"
                : "%s — %d such in the repository, the first at `%s`")
            .formatted(g.message(), g.count(), g.firstCitation());
  }

  static java.util.Optional<Remedy> remedy(String check) {
    return java.util.Optional.ofNullable(REMEDIES.get(check));
  }

  /** The history's figures, for the current state. */
  static String delivery(ScanReport scan, Language l) {
    DeliveryEvidence d = scan.delivery();
    return (l == Language.FR
            ? "Historique de %s (%d jours) : %d déploiements (%s) ; délai de mise en production p50 %s h."
            : "History of %s (%d days): %d deployments (%s); lead time p50 %s h.")
        .formatted(
            scan.source(),
            d.windowDays(),
            d.deployments(),
            d.deploymentRule(),
            d.leadTimeP50Hours() == null ? "–" : d.leadTimeP50Hours());
  }

  static List<String> strengths(ScanReport scan) {
    return scan.findings().stream()
        .filter(f -> f.status() == ConfigFinding.Status.OK)
        .filter(
            f ->
                Set.of(
                        "tests",
                        "codeowners",
                        "adr",
                        "remote-backend",
                        "network-policy",
                        "provenance")
                    .contains(f.check()))
        .map(f -> "%s (`%s`)".formatted(f.message(), scan.cite(f)))
        .distinct()
        .toList();
  }
}
