package dev.platformconsultant.adr;

import java.util.List;

/**
 * What a team's notes or Slack thread say about a decision, as {@link NotesReader} found it: the
 * problem, the drivers, the options with the arguments said for and against each, and any decision
 * already stated. Only what the notes say: an empty list is a gap for the team, not a finding.
 *
 * @param context the sentences that state the problem, in order
 * @param options the options named, the requester's own first; never the baseline
 * @param baseline keeping what exists: its name is empty (the draft names it in its language), its
 *     description the notes' wording when they name it ("keep the cron job")
 * @param decisions sentences that state a decision taken ("we'll go with Kafka because…")
 */
record DecisionNotes(
    List<String> context,
    List<String> drivers,
    List<NotedOption> options,
    NotedOption baseline,
    List<String> decisions) {

  DecisionNotes {
    context = List.copyOf(context);
    drivers = List.copyOf(drivers);
    options = List.copyOf(options);
    decisions = List.copyOf(decisions);
  }

  /**
   * An option as the notes give it.
   *
   * @param aliases other names the notes use for it ("MSK" for "Kafka (MSK)")
   * @param pros arguments for it, in the notes' words
   * @param cons arguments against it, in the notes' words
   */
  record NotedOption(
      String name, String description, List<String> aliases, List<String> pros, List<String> cons) {
    NotedOption {
      aliases = List.copyOf(aliases);
      pros = List.copyOf(pros);
      cons = List.copyOf(cons);
    }
  }
}
