package dev.platformconsultant.adr;

import dev.platformconsultant.adr.DecisionNotes.NotedOption;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The draft written without a model: the request and what {@link NotesReader} found in its notes,
 * put in MADR's places, with the knowledge-base passages {@link DecisionSources} kept and every gap
 * marked for the team in the draft's language. It adds no option, driver or argument of its own: an
 * offline draft that argued would pass a guess off as the team's reasoning. Stateless.
 */
final class OfflineAdrWriter {
  private OfflineAdrWriter() {}

  /**
   * @param started the draft with its title, status, date and people set
   */
  static AdrDraft write(
      AdrDraft.Builder started,
      AdrRequest request,
      DecisionNotes notes,
      DecisionSources.Found found,
      Language language) {
    boolean fr = language == Language.FR;
    String todo = fr ? "_À compléter par l'équipe._" : "_To be completed by the team._";
    List<AdrOption> options = new ArrayList<>();
    for (NotedOption o : notes.options()) {
      options.add(
          new AdrOption(
              o.name(), o.description(), o.pros(), o.cons(), references(found.of(o.name()))));
    }
    NotedOption kept = notes.baseline();
    options.add(
        new AdrOption(
            baselineName(fr),
            !kept.description().isEmpty()
                ? kept.description()
                : fr
                    ? "Ne rien changer : la référence à laquelle comparer les autres options."
                    : "Change nothing: the baseline the other options are compared with.",
            kept.pros(),
            kept.cons(),
            List.of()));
    String chosen = chosen(request, options, fr);
    if (!chosen.isEmpty() && options.stream().noneMatch(o -> o.name().equals(chosen))) {
      options.addFirst(new AdrOption(chosen, "", List.of(), List.of(), List.of()));
    }
    List<String> more = new ArrayList<>();
    request.link().ifPresent(l -> more.add((fr ? "Discussion : " : "Discussion: ") + l));
    String reason = chosen.isEmpty() ? "" : reason(notes.decisions(), chosen);
    for (String said : notes.decisions()) {
      if (reason.isEmpty() || !said.contains(reason)) {
        more.add(
            (chosen.isEmpty()
                    ? fr
                        ? "Décision notée, à confirmer par l'équipe : « %s »"
                        : "A decision stated in the notes, for the team to confirm: \"%s\""
                    : fr ? "Dans les notes : « %s »" : "In the notes: \"%s\"")
                .formatted(said));
      }
    }
    for (Passage p : found.general()) {
      more.add((fr ? "Voir " : "See ") + reference(p));
    }
    more.add(
        fr
            ? "Brouillon hors ligne (aucun LLM) : les options, critères et arguments sont les mots de"
                + " la demande et des notes, triés sans modèle ; vérifiez-les et complétez ce qui est"
                + " marqué pour l'équipe."
            : "Offline draft (no LLM): the options, drivers and arguments are the request's and the"
                + " notes' own words, sorted without a model; check them, and complete what is"
                + " marked for the team.");
    return started
        .chosen(chosen)
        .context(context(request, notes).orElse(todo))
        .drivers(drivers(request, notes, fr))
        .options(options)
        .justification(reason.isEmpty() ? "" : reason + ".")
        .confirmation(
            fr
                ? "Revue de l'implémentation et des métriques concernées trois mois après la décision. "
                    + todo
                : "Review of the implementation and the metrics it affects three months after the decision. "
                    + todo)
        .moreInformation(more)
        .build();
  }

  private static String baselineName(boolean fr) {
    return fr ? "Garder l'approche actuelle" : "Keep the current approach";
  }

  /** The decision given, spelt as the option it names ("kafka" is "Kafka"). */
  private static String chosen(AdrRequest request, List<AdrOption> options, boolean fr) {
    String given = request.decision().map(String::strip).orElse("");
    if (given.isEmpty()) {
      return "";
    }
    if (NotesWording.isBaseline(given)) {
      return baselineName(fr);
    }
    return options.stream()
        .map(AdrOption::name)
        .filter(n -> n.equalsIgnoreCase(given))
        .findFirst()
        .orElse(given);
  }

  /** Why the notes say the chosen option was chosen: the "because…" of a sentence naming it. */
  private static String reason(List<String> decisions, String chosen) {
    for (String said : decisions) {
      String why = NotesWording.reason(said);
      if (!why.isEmpty()
          && (decisions.size() == 1 || OptionPhrases.position(said, chosen, List.of()) >= 0)) {
        return OptionPhrases.trimEnd(why);
      }
    }
    return "";
  }

  /** The requester's context first; the notes' problem statement when there is none. */
  private static Optional<String> context(AdrRequest request, DecisionNotes notes) {
    return request
        .context()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .or(
            () ->
                notes.context().isEmpty()
                    ? Optional.empty()
                    : Optional.of(String.join(" ", notes.context())));
  }

  private static List<String> drivers(AdrRequest request, DecisionNotes notes, boolean fr) {
    Map<String, String> drivers = new LinkedHashMap<>();
    for (String d : AdrDrafter.split(request.drivers().orElse(""))) {
      drivers.putIfAbsent(d.toLowerCase(Locale.ROOT), d);
    }
    for (String d : notes.drivers()) {
      drivers.putIfAbsent(d.toLowerCase(Locale.ROOT), d);
    }
    if (drivers.isEmpty()) {
      return List.of(
          fr
              ? "_À compléter par l'équipe : ce que la décision doit garantir (fiabilité, coût,"
                  + " expérience développeur, sécurité…)._"
              : "_To be completed by the team: what the decision must achieve (reliability, cost,"
                  + " developer experience, security…)._");
    }
    return List.copyOf(drivers.values());
  }

  private static List<String> references(List<Passage> passages) {
    return passages.stream().map(OfflineAdrWriter::reference).toList();
  }

  static String reference(Passage p) {
    return p.title() + " > " + p.heading() + " (`" + p.id() + "`)";
  }
}
