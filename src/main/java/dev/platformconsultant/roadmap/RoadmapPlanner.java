package dev.platformconsultant.roadmap;

import dev.platformconsultant.audit.Audit;
import dev.platformconsultant.audit.Evidence;
import dev.platformconsultant.review.ReviewChecklist;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an audit's recommendations into a sequenced roadmap. Impact comes from the weight of what a
 * recommendation addresses, effort from the design-review checklist (days or weeks) or, for a CNCF
 * maturity level, months; the owner is proposed by team type; dependencies follow the order the
 * knowledge base gives (observability before SLOs and progressive delivery, secrets before
 * credential rotation, interfaces before adoption). An item never starts before what it depends on.
 * Deterministic. Thread-safe.
 */
public final class RoadmapPlanner {
  static final List<String> HORIZONS = List.of("0-30", "30-90", "3-12");

  /** What must be done before each topic (checklist item slug, or assessment question id). */
  private static final Map<String, List<String>> AFTER =
      Map.ofEntries(
          Map.entry("service-level-objectives", List.of("metrics-logs-and-traces")),
          Map.entry(
              "alerts-and-runbooks",
              List.of("metrics-logs-and-traces", "service-level-objectives")),
          Map.entry(
              "rollout-without-a-way-back",
              List.of(
                  "metrics-logs-and-traces",
                  "automated-tests-in-the-pipeline",
                  "manual-production-deploys")),
          Map.entry("shared-or-long-lived-credentials", List.of("secrets-in-code-config-or-git")),
          Map.entry("recovery-objectives-rpo-and-rto", List.of("backups-and-restore")),
          Map.entry(
              "right-sizing-and-elasticity",
              List.of("cost-allocation-tags", "metrics-logs-and-traces")),
          Map.entry("cost-estimate", List.of("cost-allocation-tags")),
          Map.entry("adoption", List.of("interfaces")),
          Map.entry("operations", List.of("investment")));

  private static final Set<String> PLATFORM_ASPECTS =
      Set.of("investment", "interfaces", "operations");
  private static final Set<String> PLATFORM_AREAS = Set.of("security", "operability", "delivery");

  /** Scan findings fixed in days: pinning, a user, a secret moved, an owners file. */
  private static final Set<String> QUICK_SCAN_FIXES =
      Set.of(
          "action-pinned",
          "base-image-pinned",
          "image-tag",
          "non-root-user",
          "plaintext-secret",
          "codeowners",
          "public-bucket",
          "open-cidr");

  private static final Set<String> SERVICE_OWNED =
      Set.of("on-call-ownership", "alerts-and-runbooks", "service-level-objectives");

  private final ReviewChecklist checklist;

  public RoadmapPlanner(ReviewChecklist checklist) {
    this.checklist = checklist;
  }

  public Roadmap plan(Audit audit, String id, String date) {
    Map<String, Evidence> evidence = new HashMap<>();
    audit.evidence().forEach(e -> evidence.put(e.id(), e));
    List<Draft> drafts = new ArrayList<>();
    for (Audit.Recommendation r : audit.recommendations()) {
      List<Evidence> addressed =
          r.addresses().stream().map(evidence::get).filter(e -> e != null).toList();
      int weight = addressed.stream().mapToInt(Evidence::weight).max().orElse(1);
      String topic =
          addressed.stream().map(Evidence::topic).filter(t -> !t.isEmpty()).findFirst().orElse("");
      drafts.add(
          new Draft(
              r.text(),
              Math.max(1, Math.min(5, weight + 1)),
              effort(topic),
              risk(weight),
              owner(topic),
              key(topic),
              r.addresses(),
              r.passages()));
    }
    // Horizons in dependency order: an item starts no earlier than what it depends on.
    Map<Draft, String> horizon = new LinkedHashMap<>();
    for (Draft d : drafts) {
      horizon.put(d, base(d.effort));
    }
    for (int pass = 0; pass < drafts.size(); pass++) {
      for (Draft d : drafts) {
        for (Draft before : dependencies(d, drafts)) {
          if (HORIZONS.indexOf(horizon.get(before)) > HORIZONS.indexOf(horizon.get(d))) {
            horizon.put(d, horizon.get(before));
          }
        }
      }
    }
    List<Draft> ordered = new ArrayList<>(drafts);
    ordered.sort(
        Comparator.comparingInt((Draft d) -> HORIZONS.indexOf(horizon.get(d)))
            .thenComparingInt(d -> depth(d, drafts, 0))
            .thenComparing(
                Comparator.comparingDouble((Draft d) -> d.impact / weeks(d.effort)).reversed()));
    List<RoadmapItem> items = new ArrayList<>();
    for (Draft d : ordered) {
      List<Integer> after =
          dependencies(d, drafts).stream().map(b -> ordered.indexOf(b) + 1).sorted().toList();
      items.add(
          new RoadmapItem(
              ordered.indexOf(d) + 1,
              d.title,
              d.impact,
              d.effort,
              d.risk,
              d.owner,
              after,
              horizon.get(d),
              d.evidence,
              d.passages));
    }
    return new Roadmap(id, audit.id(), audit.team(), date, audit.language(), items);
  }

  private static List<Draft> dependencies(Draft d, List<Draft> all) {
    List<String> keys = AFTER.getOrDefault(d.key, List.of());
    return all.stream().filter(o -> o != d && keys.contains(o.key)).toList();
  }

  private static int depth(Draft d, List<Draft> all, int guard) {
    if (guard > all.size()) {
      return 0;
    }
    return dependencies(d, all).stream()
        .mapToInt(b -> 1 + depth(b, all, guard + 1))
        .max()
        .orElse(0);
  }

  private String effort(String topic) {
    if (topic.startsWith("assessment:")) {
      String question = topic.substring("assessment:".length());
      return PLATFORM_ASPECTS.contains(question)
              || Set.of("adoption", "measurement").contains(question)
          ? "months"
          : "weeks";
    }
    if (topic.startsWith("review:")) {
      String source = topic.substring(topic.indexOf(':', "review:".length()) + 1);
      return checklist.effort(source).orElse("weeks");
    }
    if (topic.startsWith("scan:")) {
      return QUICK_SCAN_FIXES.contains(key(topic)) ? "days" : "weeks";
    }
    return "weeks";
  }

  private static String owner(String topic) {
    if (topic.startsWith("assessment:")) {
      String question = topic.substring("assessment:".length());
      if (PLATFORM_ASPECTS.contains(question)) {
        return "platform";
      }
      return Set.of("adoption", "measurement").contains(question) ? "enabling" : "stream-aligned";
    }
    if (topic.startsWith("scan:")) {
      // Manifests belong to the team that runs the workload; CI, images and cloud to the platform.
      return topic.startsWith("scan:kubernetes:") ? "stream-aligned" : "platform";
    }
    if (topic.startsWith("review:")) {
      // Running a service stays with the team that owns it (you build it, you run it); the
      // platform provides the tooling for security, observability and delivery.
      if (SERVICE_OWNED.contains(key(topic))) {
        return "stream-aligned";
      }
      String area = topic.split(":")[1];
      return PLATFORM_AREAS.contains(area) ? "platform" : "stream-aligned";
    }
    return "stream-aligned";
  }

  /** The topic's short key: the checklist item's slug, the scan's check, or the question id. */
  private static String key(String topic) {
    int hash = topic.lastIndexOf('#');
    if (hash >= 0) {
      return topic.substring(hash + 1);
    }
    if (topic.startsWith("scan:")) {
      return topic.substring(topic.lastIndexOf(':') + 1);
    }
    return topic.startsWith("assessment:") ? topic.substring("assessment:".length()) : topic;
  }

  private static String risk(int weight) {
    return switch (weight) {
      case 4 -> "critical";
      case 3 -> "high";
      case 2 -> "medium";
      default -> "low";
    };
  }

  private static String base(String effort) {
    return switch (effort) {
      case "days" -> "0-30";
      case "weeks" -> "30-90";
      default -> "3-12";
    };
  }

  private static double weeks(String effort) {
    return switch (effort) {
      case "days" -> 1;
      case "weeks" -> 4;
      default -> 12;
    };
  }

  /** A recommendation sized, before it has its place. */
  private record Draft(
      String title,
      int impact,
      String effort,
      String risk,
      String owner,
      String key,
      List<String> evidence,
      List<String> passages) {}
}
