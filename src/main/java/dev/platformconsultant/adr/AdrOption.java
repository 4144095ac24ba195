package dev.platformconsultant.adr;

import java.util.List;

/**
 * A considered option with its arguments.
 *
 * @param source the knowledge-base passage that suggested it, when it was not the requester's
 */
public record AdrOption(
    String name, String description, List<String> pros, List<String> cons, String source) {
  public AdrOption {
    description = description == null ? "" : description;
    pros = List.copyOf(pros);
    cons = List.copyOf(cons);
    source = source == null ? "" : source;
  }
}
