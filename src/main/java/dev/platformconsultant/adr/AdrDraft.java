package dev.platformconsultant.adr;

import dev.platformconsultant.model.Mode;
import dev.platformconsultant.text.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An Architecture Decision Record draft, in the fields MADR 4 has (the Nygard template uses a
 * subset).
 *
 * @param status {@code proposed} unless a decision was given ({@code accepted})
 * @param chosen the chosen option's name; empty while proposed
 */
public record AdrDraft(
    String title,
    String status,
    LocalDate date,
    List<String> decisionMakers,
    List<String> consulted,
    List<String> informed,
    String context,
    List<String> drivers,
    List<AdrOption> options,
    String chosen,
    String justification,
    List<String> goodConsequences,
    List<String> badConsequences,
    String confirmation,
    List<String> moreInformation,
    Mode mode,
    Language language,
    Optional<String> warning) {

  public AdrDraft {
    decisionMakers = List.copyOf(decisionMakers);
    consulted = List.copyOf(consulted);
    informed = List.copyOf(informed);
    drivers = List.copyOf(drivers);
    options = List.copyOf(options);
    goodConsequences = List.copyOf(goodConsequences);
    badConsequences = List.copyOf(badConsequences);
    moreInformation = List.copyOf(moreInformation);
  }

  public AdrDraft withMoreInformation(List<String> lines) {
    return new AdrDraft(
        title,
        status,
        date,
        decisionMakers,
        consulted,
        informed,
        context,
        drivers,
        options,
        chosen,
        justification,
        goodConsequences,
        badConsequences,
        confirmation,
        lines,
        mode,
        language,
        warning);
  }

  public AdrDraft withStatus(String newStatus) {
    return new AdrDraft(
        title,
        newStatus,
        date,
        decisionMakers,
        consulted,
        informed,
        context,
        drivers,
        options,
        chosen,
        justification,
        goodConsequences,
        badConsequences,
        confirmation,
        moreInformation,
        mode,
        language,
        warning);
  }
}
