package dev.platformconsultant.roadmap;

import java.util.List;
import java.util.Objects;

/**
 * The prioritised roadmap drawn from an audit: its items placed in 0-30 days, 30-90 days and 3-12
 * months, dependencies respected.
 *
 * @param id {@code <team slug>-<yyyyMMdd-HHmmss>}
 * @param auditId the audit it comes from
 */
public record Roadmap(
    String id, String auditId, String team, String date, String language, List<RoadmapItem> items) {
  public Roadmap {
    Objects.requireNonNull(id, "id");
    items = List.copyOf(items);
  }

  public List<RoadmapItem> in(String horizon) {
    return items.stream().filter(i -> i.horizon().equals(horizon)).toList();
  }
}
