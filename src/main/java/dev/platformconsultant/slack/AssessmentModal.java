package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.platformconsultant.assessment.Benchmarks;
import dev.platformconsultant.assessment.Choice;
import dev.platformconsultant.assessment.Question;
import dev.platformconsultant.assessment.Questionnaire;
import dev.platformconsultant.assessment.Section;
import dev.platformconsultant.assessment.Teams;
import dev.platformconsultant.text.Language;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment form: three pages (DORA with the team's name, CNCF, the optional capabilities and
 * the comparison groups), because the questions do not fit one view readably. Each page's
 * submission moves to the next ({@code response_action: update}); the form remembers the channel,
 * the page and the language in its private_metadata ({@code C123|1|fr}).
 */
final class AssessmentModal {
  static final String CALLBACK = "assessment_modal";
  static final String TEAM = "team";
  static final String INDUSTRY = "industry";
  static final String SIZE = "organisation_size";
  static final String CHOICE = "choice";
  static final int PAGES = 3;
  private static final DateTimeFormatter STARTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Questionnaire questionnaire;

  AssessmentModal(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  /** Where a form was opened, and which page it shows. */
  record Metadata(String channel, int page, Language language) {
    String encode() {
      return channel + "|" + page + "|" + language.code();
    }

    static Optional<Metadata> decode(String text) {
      String[] parts = text == null ? new String[0] : text.split("\\|");
      if (parts.length != 3 || !parts[1].matches("[0-2]")) {
        return Optional.empty();
      }
      return Optional.of(
          new Metadata(
              parts[0],
              Integer.parseInt(parts[1]),
              "fr".equals(parts[2]) ? Language.FR : Language.EN));
    }
  }

  /**
   * The page {@code page} of the form, filled with what the person answered before.
   *
   * @param resumed when set, the page says the form was resumed and since when
   */
  View page(Metadata where, PendingAssessments.Draft draft, boolean resumed) {
    Language l = where.language();
    List<LayoutBlock> blocks = new ArrayList<>();
    if (resumed) {
      blocks.add(
          context(
              List.of(
                  markdownText(
                      w(
                              l,
                              ":arrows_counterclockwise: Resumed: the assessment you started %s, kept 24 hours. `/consult assess new` starts over.",
                              ":arrows_counterclockwise: Reprise de l'évaluation commencée le %s, conservée 24 heures. `/consult evaluer new` recommence à zéro.")
                          .formatted(STARTED.format(draft.started()))))));
    }
    switch (where.page()) {
      case 0 -> {
        blocks.add(
            section(
                s ->
                    s.text(
                        markdownText(
                            w(
                                    l,
                                    "*1/3 · %s*\nFor your team's primary application or service. Scored as DORA's Quick Check scores it and compared with DORA's 2025 respondents.",
                                    "*1/3 · %s*\nPour l'application ou le service principal de l'équipe. Noté comme le Quick Check de DORA et comparé aux répondants DORA 2025.")
                                .formatted(Section.DORA.title(l))))));
        blocks.add(
            input(
                i ->
                    i.blockId(TEAM)
                        .label(plainText(w(l, "Team", "Équipe")))
                        .element(
                            plainTextInput(
                                p -> {
                                  p.actionId("value").maxLength(Teams.MAX_NAME);
                                  String team = draft.answers().get(TEAM);
                                  if (team != null && !team.isBlank()) {
                                    p.initialValue(team);
                                  }
                                  return p;
                                }))));
        questionnaire.in(Section.DORA).forEach(q -> blocks.add(select(q, draft, l, false)));
      }
      case 1 -> {
        blocks.add(
            section(
                s ->
                    s.text(
                        markdownText(
                            w(
                                    l,
                                    "*2/3 · %s*\nPlace each aspect on its own level; the CNCF model says no organisation is wholly at one level.",
                                    "*2/3 · %s*\nPlacez chaque aspect à son propre niveau ; le modèle de la CNCF rappelle qu'aucune organisation n'est entièrement à un seul niveau.")
                                .formatted(Section.CNCF.title(l))))));
        for (Question q : questionnaire.in(Section.CNCF)) {
          StringBuilder levels = new StringBuilder("*" + q.name(l) + "*: " + q.text(l));
          for (Choice c : q.choices()) {
            levels.append("\n• *").append(c.label().in(l)).append("*");
            c.detail().ifPresent(d -> levels.append(": ").append(d.in(l)));
          }
          blocks.add(section(s -> s.text(markdownText(levels.toString()))));
          blocks.add(select(q, draft, l, false));
        }
      }
      default -> {
        blocks.add(
            section(
                s ->
                    s.text(
                        markdownText(
                            w(
                                    l,
                                    "*3/3 · %s*\nHow far do you agree? These rank what to improve first; skip any.",
                                    "*3/3 · %s*\nÊtes-vous d'accord ? Ces réponses classent les priorités ; passez celles que vous voulez.")
                                .formatted(Section.CAPABILITIES.title(l))))));
        questionnaire.in(Section.CAPABILITIES).forEach(q -> blocks.add(select(q, draft, l, true)));
        Benchmarks b = questionnaire.benchmarks();
        blocks.add(
            group(
                INDUSTRY,
                w(
                    l,
                    "Industry (to compare with DORA's respondents)",
                    "Secteur (pour comparer aux répondants DORA)"),
                b.industries(),
                draft,
                l));
        blocks.add(
            group(
                SIZE,
                w(l, "Organisation size", "Taille de l'organisation"),
                b.organisationSizes(),
                draft,
                l));
      }
    }
    boolean last = where.page() == PAGES - 1;
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK)
                .privateMetadata(where.encode())
                .notifyOnClose(true)
                .title(
                    viewTitle(
                        t ->
                            t.type("plain_text")
                                .text(w(l, "Platform assessment", "Évaluation plateforme"))))
                .submit(
                    viewSubmit(
                        s ->
                            s.type("plain_text")
                                .text(
                                    last
                                        ? w(l, "Assess", "Évaluer")
                                        : w(l, "Next (%d/3)", "Suivant (%d/3)")
                                            .formatted(where.page() + 2))))
                .close(viewClose(c -> c.type("plain_text").text(w(l, "Close", "Fermer"))))
                .blocks(blocks));
  }

  /** The question ids (and field ids) a page asks. */
  List<String> fields(int page) {
    List<String> ids = new ArrayList<>();
    switch (page) {
      case 0 -> {
        ids.add(TEAM);
        questionnaire.in(Section.DORA).forEach(q -> ids.add(q.id()));
      }
      case 1 -> questionnaire.in(Section.CNCF).forEach(q -> ids.add(q.id()));
      default -> {
        questionnaire.in(Section.CAPABILITIES).forEach(q -> ids.add(q.id()));
        ids.add(INDUSTRY);
        ids.add(SIZE);
      }
    }
    return ids;
  }

  /**
   * What a submitted (or closed) page holds: field id → the value typed or the option chosen.
   * Fields left empty are absent.
   */
  Map<String, String> values(int page, ViewState state) {
    Map<String, String> values = new LinkedHashMap<>();
    if (state == null || state.getValues() == null) {
      return values;
    }
    for (String field : fields(page)) {
      Map<String, ViewState.Value> block = state.getValues().get(field);
      if (block == null) {
        continue;
      }
      ViewState.Value v = block.get(field.equals(TEAM) ? "value" : CHOICE);
      if (v == null) {
        continue;
      }
      String value =
          v.getSelectedOption() != null ? v.getSelectedOption().getValue() : v.getValue();
      if (value != null && !value.isBlank()) {
        values.put(field, value.strip());
      }
    }
    return values;
  }

  private LayoutBlock select(
      Question q, PendingAssessments.Draft draft, Language l, boolean optional) {
    List<OptionObject> options = new ArrayList<>();
    for (Choice c : q.choices()) {
      options.add(option(c.id(), c.label().in(l)));
    }
    Optional<OptionObject> initial =
        Optional.ofNullable(draft.answers().get(q.id()))
            .flatMap(id -> options.stream().filter(o -> o.getValue().equals(id)).findFirst());
    String label = q.section() == Section.CNCF ? q.name(l) : q.name(l) + ": " + q.text(l);
    return input(
        i ->
            i.blockId(q.id())
                .optional(optional)
                .label(plainText(label.length() > 2000 ? label.substring(0, 1999) + "…" : label))
                .element(
                    staticSelect(
                        s -> {
                          s.actionId(CHOICE)
                              .placeholder(plainText(w(l, "Choose", "Choisir")))
                              .options(options);
                          initial.ifPresent(s::initialOption);
                          return s;
                        })));
  }

  private static LayoutBlock group(
      String blockId,
      String label,
      List<Benchmarks.Group> groups,
      PendingAssessments.Draft draft,
      Language l) {
    List<OptionObject> options = groups.stream().map(g -> option(g.id(), g.name().in(l))).toList();
    Optional<OptionObject> initial =
        Optional.ofNullable(draft.answers().get(blockId))
            .flatMap(id -> options.stream().filter(o -> o.getValue().equals(id)).findFirst());
    return input(
        i ->
            i.blockId(blockId)
                .optional(true)
                .label(plainText(label))
                .element(
                    staticSelect(
                        s -> {
                          s.actionId(CHOICE)
                              .placeholder(plainText(w(l, "Choose", "Choisir")))
                              .options(options);
                          initial.ifPresent(s::initialOption);
                          return s;
                        })));
  }

  private static OptionObject option(String value, String text) {
    return OptionObject.builder().value(value).text(plainText(text)).build();
  }

  private static String w(Language l, String en, String fr) {
    return l == Language.FR ? fr : en;
  }
}
