package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The review and ADR forms, and reading their submitted values. */
final class Modals {
  static final String REVIEW = "review_modal";
  static final String ADR = "adr_modal";

  private Modals() {}

  /** {@code origin} (the channel to answer in) travels in the view's private_metadata. */
  static View review(String origin) {
    return view(
        v ->
            v.type("modal")
                .callbackId(REVIEW)
                .privateMetadata(origin)
                .title(viewTitle(t -> t.type("plain_text").text("Review a design")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Review")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(
                    List.of(
                        input(
                            i ->
                                i.blockId("design")
                                    .label(plainText("Design (Markdown or plain text)"))
                                    .element(
                                        plainTextInput(
                                            p ->
                                                p.actionId("value")
                                                    .multiline(true)
                                                    .maxLength(3000)
                                                    .placeholder(
                                                        plainText(
                                                            "Paste the design: context, components, data stores, deployment, failure modes…"))))))));
  }

  static View adr(String origin, String title) {
    return view(
        v ->
            v.type("modal")
                .callbackId(ADR)
                .privateMetadata(origin)
                .title(viewTitle(t -> t.type("plain_text").text("Draft an ADR")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Draft")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(
                    List.of(
                        input(
                            i ->
                                i.blockId("title")
                                    .label(plainText("Decision title"))
                                    .element(
                                        plainTextInput(
                                            p ->
                                                p.actionId("value")
                                                    .initialValue(title == null ? "" : title)
                                                    .maxLength(150)))),
                        optionalText("context", "Context and problem"),
                        optionalText("options", "Options considered"),
                        optionalText("drivers", "Decision drivers"),
                        optionalText("decision", "Decision, if already taken"))));
  }

  /** An optional multi-line text field of the ADR form. */
  private static com.slack.api.model.block.InputBlock optionalText(String blockId, String label) {
    return input(
        i ->
            i.blockId(blockId)
                .label(plainText(label))
                .optional(true)
                .element(plainTextInput(p -> p.actionId("value").multiline(true).maxLength(3000))));
  }

  /** The text typed in the input block {@code blockId}, if any. */
  static Optional<String> value(ViewState state, String blockId) {
    Map<String, ViewState.Value> block = state.getValues().get(blockId);
    if (block == null || block.get("value") == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(block.get("value").getValue())
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }
}
