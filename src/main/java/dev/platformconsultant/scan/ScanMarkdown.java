package dev.platformconsultant.scan;

import java.util.List;
import java.util.Locale;

/** A scan report as Markdown: the delivery figures with their rules, then findings by area. */
public final class ScanMarkdown {
  private ScanMarkdown() {}

  public static String render(ScanReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# Repository scan: ").append(r.source()).append("\n\n");
    DeliveryEvidence d = r.delivery();
    md.append("_Branch `")
        .append(d.branch())
        .append("` at `")
        .append(r.sha())
        .append("`, history of the last ")
        .append(d.windowDays())
        .append(" days. Read with JGit: nothing in the repository ran._\n\n");
    for (String note : r.notes()) {
      md.append("> ").append(note).append("\n\n");
    }
    md.append("## Delivery, from the history\n\n");
    md.append("| Measure | Value | Rule |\n|---|---|---|\n");
    row(
        md,
        "Deployments",
        d.deployments()
            + (d.deploymentsPerWeek() == null ? "" : " (" + n(d.deploymentsPerWeek()) + " a week)"),
        d.deploymentRule());
    row(
        md,
        "Lead time for changes",
        d.leadTimeP50Hours() == null
            ? "–"
            : "p50 " + n(d.leadTimeP50Hours()) + " h, p90 " + n(d.leadTimeP90Hours()) + " h",
        d.leadTimeRule());
    row(
        md,
        "Change failure proxies",
        d.failures()
            + (d.changeFailRatePercent() == null
                ? ""
                : " (" + n(d.changeFailRatePercent()) + "% of deployments)"),
        d.failureRule());
    row(
        md,
        "Rework",
        d.reworkRatePercent() == null ? "–" : n(d.reworkRatePercent()) + "%",
        d.reworkRule());
    md.append('\n');
    if (!d.examples().isEmpty()) {
      md.append("Failure proxies seen: ").append(String.join("; ", d.examples())).append("\n\n");
    }
    md.append(
        "These are proxies read from git: check them against your CD tool and incident records before"
            + " quoting them. `consultant scan --metrics-out FILE` writes them for `consultant assess"
            + " --metrics`.\n\n");
    md.append("## Configuration at `").append(r.sha()).append("`\n\n");
    for (String area :
        List.of("ci", "container", "kubernetes", "terraform", "ownership", "decisions")) {
      List<ConfigFinding> in = r.findings().stream().filter(f -> f.area().equals(area)).toList();
      if (in.isEmpty()) {
        continue;
      }
      md.append("### ").append(title(area)).append("\n\n");
      for (ConfigFinding f : in) {
        md.append("- ")
            .append(
                switch (f.status()) {
                  case OK -> "✅";
                  case MISSING -> "➖";
                  case PROBLEM -> "⚠️";
                })
            .append(' ')
            .append(f.message())
            .append(" (`")
            .append(r.cite(f))
            .append("`)\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** The delivery figures as a metrics file for {@code consultant assess --metrics}. */
  public static String metricsYaml(ScanReport r) {
    DeliveryEvidence d = r.delivery();
    StringBuilder y =
        new StringBuilder(
            "# Measured by `consultant scan %s` at %s over %d days (proxies read from git).\n"
                .formatted(r.source(), r.sha(), d.windowDays()));
    if (d.leadTimeP50Hours() != null) {
      y.append("change_lead_time: ").append(n(d.leadTimeP50Hours())).append("   # hours, p50\n");
    }
    if (d.deploymentsPerWeek() != null) {
      y.append("deployment_frequency: ")
          .append(n(d.deploymentsPerWeek()))
          .append("   # per week\n");
    }
    if (d.changeFailRatePercent() != null) {
      y.append("change_fail_rate: ").append(n(d.changeFailRatePercent())).append("   # percent\n");
    }
    if (d.reworkRatePercent() != null) {
      y.append("deployment_rework_rate: ")
          .append(n(d.reworkRatePercent()))
          .append("   # percent\n");
    }
    return y.toString();
  }

  private static void row(StringBuilder md, String measure, String value, String rule) {
    md.append("| ")
        .append(measure)
        .append(" | ")
        .append(value)
        .append(" | ")
        .append(rule)
        .append(" |\n");
  }

  private static String title(String area) {
    return switch (area) {
      case "ci" -> "CI and supply chain";
      case "container" -> "Containers";
      case "kubernetes" -> "Kubernetes";
      case "terraform" -> "Terraform";
      case "ownership" -> "Ownership";
      default -> "Decisions";
    };
  }

  private static String n(double v) {
    if (v == Math.rint(v)) {
      return String.valueOf((long) v);
    }
    return String.format(Locale.ROOT, Math.abs(v) < 1 ? "%.2f" : "%.1f", v);
  }
}
