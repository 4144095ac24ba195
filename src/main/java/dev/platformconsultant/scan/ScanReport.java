package dev.platformconsultant.scan;

import java.util.List;
import java.util.Objects;

/**
 * What a scan of a repository found: the delivery evidence from its history and the findings of its
 * configuration at one commit, each cited {@code path:line@sha}.
 *
 * @param source the path or URL scanned
 * @param sha the commit the configuration was read at (short)
 * @param notes what the reader should know about the scan itself (files left out, shallow history)
 */
public record ScanReport(
    String source,
    String sha,
    DeliveryEvidence delivery,
    List<ConfigFinding> findings,
    List<String> notes) {
  public ScanReport {
    Objects.requireNonNull(source, "source");
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  /** A finding's citation: {@code .github/workflows/ci.yml:12@a1b2c3d}. */
  public String cite(ConfigFinding f) {
    return f.path() + (f.line() > 0 ? ":" + f.line() : "") + "@" + sha;
  }
}
