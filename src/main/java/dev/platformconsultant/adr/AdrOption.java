package dev.platformconsultant.adr;

import java.util.List;

/**
 * A considered option with its arguments.
 *
 * @param sources knowledge-base passages that inform this option, each as "Title > Heading
 *     (`doc#section`)"; they are references for the team, not arguments
 */
public record AdrOption(
    String name, String description, List<String> pros, List<String> cons, List<String> sources) {
  public AdrOption {
    description = description == null ? "" : description;
    pros = List.copyOf(pros);
    cons = List.copyOf(cons);
    sources = List.copyOf(sources);
  }
}
