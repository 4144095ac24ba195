package dev.platformconsultant.review;

import java.util.List;

/**
 * One question of the design-review checklist, as written in the knowledge base.
 *
 * @param evidence words and phrases a design that addresses the item contains
 * @param redFlags words and phrases that show a problem outright
 * @param source the passage id of the item, cited by findings
 */
public record ChecklistItem(
    Area area,
    String question,
    String why,
    List<String> evidence,
    List<String> redFlags,
    Severity severityIfMissing,
    String recommendation,
    String source) {

  public ChecklistItem {
    evidence = List.copyOf(evidence);
    redFlags = List.copyOf(redFlags);
  }
}
