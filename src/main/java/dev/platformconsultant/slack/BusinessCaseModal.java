package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.platformconsultant.businesscase.BusinessCaseInputs;
import dev.platformconsultant.businesscase.BusinessCaseInputs.Field;
import dev.platformconsultant.businesscase.BusinessCaseInputsFile;
import dev.platformconsultant.businesscase.BusinessCaseInputsFile.InvalidInputsException;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The business case form: the organisation, the currency and every input of the roi-business-case
 * formula, with its unit and its default. A submission is checked by the same reader as an inputs
 * file, so a negative cost or a discount rate out of range shows under its field, in the same words
 * as on the command line. The form remembers the channel and the language ({@code C123|fr}).
 */
final class BusinessCaseModal {
  static final String CALLBACK = "business_case_modal";
  static final String ORGANISATION = "organisation";
  static final String CURRENCY = "currency";

  private BusinessCaseModal() {}

  static View form(String channel, Language l, String organisation) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(
        section(
            s ->
                s.text(
                    markdownText(
                        l == Language.FR
                            ? "Le coût de la plateforme face au temps gagné, aux incidents évités et aux économies cloud, en trois scénarios. Chaque chiffre vient de vos saisies : notez d'où il vient dans le document."
                            : "The platform's cost against developer time saved, incidents avoided and cloud savings, in three scenarios. Every figure comes from what you type: say where it comes from in the document."))));
    blocks.add(
        text(
            ORGANISATION, l == Language.FR ? "Organisation" : "Organisation", organisation, false));
    blocks.add(
        text(
            CURRENCY,
            l == Language.FR ? "Devise (code ISO)" : "Currency (ISO code)",
            "EUR",
            false));
    for (Field f : Field.values()) {
      String hint = f.unitHint(l, "EUR");
      String label = f.label(l) + (hint.isBlank() ? "" : " (" + hint + ")");
      String initial = f.defaultValue() == null ? "" : plain(f.defaultValue(), l);
      blocks.add(text(f.key(), label, initial, f.defaultValue() != null));
    }
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK)
                .privateMetadata(channel + "|" + l.code())
                .title(
                    viewTitle(
                        t ->
                            t.type("plain_text")
                                .text(l == Language.FR ? "Étude de rentabilité" : "Business case")))
                .submit(
                    viewSubmit(
                        s -> s.type("plain_text").text(l == Language.FR ? "Calculer" : "Compute")))
                .close(
                    viewClose(
                        c -> c.type("plain_text").text(l == Language.FR ? "Annuler" : "Cancel")))
                .blocks(blocks));
  }

  /** The inputs the form holds, or the errors to show under its fields (block id → message). */
  record Read(Optional<BusinessCaseInputs> inputs, Map<String, String> errors) {}

  static Read read(ViewState state, Language l) {
    Map<String, String> values = new LinkedHashMap<>();
    if (state != null && state.getValues() != null) {
      state
          .getValues()
          .forEach(
              (block, actions) -> {
                ViewState.Value v = actions.get("value");
                if (v != null && v.getValue() != null && !v.getValue().isBlank()) {
                  values.put(block, v.getValue().strip());
                }
              });
    }
    String currency = values.getOrDefault(CURRENCY, "EUR").toUpperCase(Locale.ROOT);
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("organisation", values.getOrDefault(ORGANISATION, ""));
    tree.put("language", l.code());
    tree.put("currency", currency);
    Map<String, String> errors = new LinkedHashMap<>();
    for (Field f : Field.values()) {
      String typed = values.get(f.key());
      if (typed == null) {
        continue;
      }
      try {
        put(tree, f.key(), BusinessCaseInputsFile.typed(f, typed, currency, l));
      } catch (InvalidInputsException e) {
        errors.put(f.key(), withoutField(e));
      }
    }
    if (!errors.isEmpty()) {
      return new Read(Optional.empty(), errors);
    }
    try {
      String yaml = new YAMLMapper().writeValueAsString(tree);
      return new Read(Optional.of(new BusinessCaseInputsFile().read(yaml)), Map.of());
    } catch (InvalidInputsException e) {
      String block = e.field().isEmpty() ? ORGANISATION : blockOf(e.field());
      return new Read(Optional.empty(), Map.of(block, withoutField(e)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the form's inputs could not be written as YAML", e);
    }
  }

  /** The form's field for an inputs file's path ({@code costs.migration} → its first field). */
  private static String blockOf(String field) {
    if (field.equals(ORGANISATION) || field.equals(CURRENCY) || Field.byKey(field) != null) {
      return field;
    }
    for (Field f : Field.values()) {
      if (f.key().startsWith(field + ".")) {
        return f.key();
      }
    }
    return ORGANISATION;
  }

  private static String withoutField(InvalidInputsException e) {
    String message = e.getMessage();
    String prefix = e.field() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> tree, String path, double value) {
    String[] parts = path.split("\\.");
    Map<String, Object> node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
    }
    node.put(parts[parts.length - 1], value);
  }

  private static LayoutBlock text(String blockId, String label, String initial, boolean optional) {
    return input(
        i ->
            i.blockId(blockId)
                .optional(optional)
                .label(plainText(label.length() > 2000 ? label.substring(0, 1999) : label))
                .element(
                    plainTextInput(
                        p -> {
                          p.actionId("value").maxLength(80);
                          if (!initial.isEmpty()) {
                            p.initialValue(initial);
                          }
                          return p;
                        })));
  }

  private static String plain(double value, Language l) {
    String s =
        value == Math.rint(value)
            ? String.valueOf((long) value)
            : String.format(Locale.ROOT, "%s", value);
    return l == Language.FR ? s.replace('.', ',') : s;
  }
}
