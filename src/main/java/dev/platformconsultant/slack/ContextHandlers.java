package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.platformconsultant.discovery.DiscoveryQuestions;
import dev.platformconsultant.discovery.ProjectContextWriter;
import dev.platformconsultant.security.Redactor;
import dev.platformconsultant.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the consultant knows about the team, in Slack: {@code /consult context} shows the project
 * context (the admins get an Edit button); {@code /consult discover} asks the discovery questions
 * in a form, asks a vague answer once more under its field, shows the context it made and saves it
 * once confirmed. Saving is for the admins in CONSULTANT_ADMINS when there are any. The prompts
 * re-read the file, so a change applies to the next answer.
 */
final class ContextHandlers {
  static final String EDIT = "context_edit";
  static final String EDIT_MODAL = "context_modal";
  static final String DISCOVER_MODAL = "discover_modal";
  static final String CONFIRM_MODAL = "discover_confirm";
  private static final int SLACK_TEXT_MAX = 3000;
  private static final Logger log = LoggerFactory.getLogger(ContextHandlers.class);

  private final ChannelContexts contexts;
  private final Set<String> admins;
  private final RequestPipeline pipeline;
  private final SlackApi api;
  private final Redactor redactor;
  private final Clock clock;
  private final Cache<String, Set<String>> followedUp =
      Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofHours(1)).build();

  /** A context made by the discovery form, waiting for its confirmation. */
  private record Draft(String markdown, String channel) {}

  private final Cache<String, Draft> drafts =
      Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofHours(1)).build();

  ContextHandlers(
      ChannelContexts contexts,
      Set<String> admins,
      RequestPipeline pipeline,
      SlackApi api,
      Redactor redactor,
      Clock clock) {
    this.contexts = contexts;
    this.admins = Set.copyOf(admins);
    this.pipeline = pipeline;
    this.api = api;
    this.redactor = redactor;
    this.clock = clock;
  }

  /** {@code context} or {@code discover [fr|en]}; empty for anything else. */
  static Optional<String> command(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("context") || t.equals("contexte")) {
      return Optional.of("context");
    }
    if (t.matches("(discover|découverte|decouverte)(\\s+(fr|en))?")) {
      return Optional.of(
          t.endsWith(" fr") || t.startsWith("d\u00e9c") || t.startsWith("dec")
              ? "discover-fr"
              : "discover-en");
    }
    return Optional.empty();
  }

  Response handle(SlashCommandPayload p, SlashCommandContext ctx, String command) {
    Optional<String> refused =
        pipeline.accessRefusal(Request.Entry.SLASH_COMMAND, p.getUserId(), p.getChannelId());
    if (refused.isPresent()) {
      return ctx.ack(r -> r.responseType("ephemeral").text(refused.get()));
    }
    if (command.equals("context")) {
      SlackMessage shown = shown(p.getUserId(), p.getChannelId());
      return ctx.ack(r -> r.responseType("ephemeral").text(shown.text()).blocks(shown.blocks()));
    }
    Language l = command.endsWith("fr") ? Language.FR : Language.EN;
    try {
      api.openView(p.getTriggerId(), discover(l, p.getChannelId()));
      return ctx.ack();
    } catch (SlackApiFailure e) {
      return ctx.ack(
          r ->
              r.responseType("ephemeral")
                  .text(":warning: Slack did not open the form (" + e.error() + ")."));
    }
  }

  void register(App app) {
    app.blockAction(
        EDIT,
        (req, ctx) -> {
          String user = req.getPayload().getUser().getId();
          if (mayEdit(user)) {
            try {
              String channel = ChannelOf.payload(req.getPayload().getChannel());
              api.openView(
                  req.getPayload().getTriggerId(), edit(current(channel).orElse(""), channel));
            } catch (SlackApiFailure e) {
              log.warn("the context form was not opened: {}", e.getMessage());
            }
          }
          return ctx.ack();
        });
    app.viewSubmission(
        EDIT_MODAL,
        (req, ctx) -> {
          String user = req.getPayload().getUser().getId();
          if (!mayEdit(user)) {
            return ctx.ackWithErrors(
                Map.of(
                    "context",
                    "Only the admins in CONSULTANT_ADMINS may change the team's context."));
          }
          String text = value(req.getPayload().getView().getState(), "context").orElse("");
          save(
              redactor.redact(text).text(),
              user,
              String.valueOf(req.getPayload().getView().getPrivateMetadata()));
          return ctx.ack();
        });
    app.viewSubmission(
        DISCOVER_MODAL,
        (req, ctx) -> {
          var view = req.getPayload().getView();
          String[] metadata = String.valueOf(view.getPrivateMetadata()).split("\\|", 2);
          Language l = "fr".equals(metadata[0]) ? Language.FR : Language.EN;
          String channel = metadata.length > 1 ? metadata[1] : "";
          // A field is asked again once per form: the next submission takes it as it is.
          Set<String> askedAgain = followedUp.get(view.getId(), k -> new HashSet<>());
          Map<String, String> answers = new LinkedHashMap<>();
          Map<String, String> errors = new LinkedHashMap<>();
          for (DiscoveryQuestions.Entry q : DiscoveryQuestions.ALL) {
            String answer = value(view.getState(), q.id()).orElse("");
            int minWords = q.id().equals("organisation") ? 1 : 4;
            if (DiscoveryQuestions.vague(answer, minWords) && !askedAgain.contains(q.id())) {
              errors.put(
                  q.id(),
                  clip(
                      (l == Language.FR
                              ? "Pouvez-vous préciser ? "
                              : "Could you say a little more? ")
                          + q.example(l),
                      150));
            }
            answers.put(q.id(), redactor.redact(answer).text());
          }
          if (!errors.isEmpty()) {
            // Asked once: the same field is taken as it is the next time.
            askedAgain.addAll(errors.keySet());
            return ctx.ackWithErrors(errors);
          }
          String markdown =
              ProjectContextWriter.render(
                  answers, l, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
          String id = UUID.randomUUID().toString();
          drafts.put(id, new Draft(markdown, channel));
          View confirm = confirm(markdown, id, l, mayEdit(req.getPayload().getUser().getId()));
          return ctx.ack(r -> r.responseAction("update").view(confirm));
        });
    app.viewSubmission(
        CONFIRM_MODAL,
        (req, ctx) -> {
          String user = req.getPayload().getUser().getId();
          Draft draft =
              drafts.getIfPresent(String.valueOf(req.getPayload().getView().getPrivateMetadata()));
          if (draft == null || !mayEdit(user)) {
            return ctx.ack();
          }
          save(draft.markdown(), user, draft.channel());
          drafts.invalidate(req.getPayload().getView().getPrivateMetadata());
          return ctx.ack();
        });
  }

  /** The context as an ephemeral message, with the admins' Edit button. */
  SlackMessage shown(String user, String channel) {
    Optional<ChannelContexts.Shown> shown = contexts.shown(channel);
    Optional<String> context = shown.map(ChannelContexts.Shown::text);
    List<LayoutBlock> blocks = new ArrayList<>();
    if (context.isEmpty()) {
      blocks.add(
          section(
              s ->
                  s.text(
                      markdownText(
                          "I know nothing of your team yet, so my advice is generic. `/consult discover` asks ten questions about it (or `consultant discover` in a terminal)."))));
      return new SlackMessage("No project context yet", blocks);
    }
    if (!shown.get().channelsOwn()) {
      blocks.add(
          context(
              List.of(
                  markdownText(
                      "_The workspace's default context: this channel has none of its own. `/consult discover` here gives it one._"))));
    }
    for (String part : parts(context.get())) {
      blocks.add(section(s -> s.text(markdownText(part))));
    }
    if (mayEdit(user)) {
      blocks.add(
          context.get().length() <= SLACK_TEXT_MAX
              ? actions(
                  List.of(button(b -> b.actionId(EDIT).text(plainText("Edit")).value("edit"))))
              : context(
                  List.of(
                      markdownText(
                          "_Too long to edit here: edit `" + contexts.fileOf(channel) + "`._"))));
    }
    return new SlackMessage("What I know about your team", blocks);
  }

  private Optional<String> current(String channel) {
    return contexts.shown(channel).map(ChannelContexts.Shown::text);
  }

  /** Admins may edit; with no admins configured, anyone allowed to use the bot may. */
  private boolean mayEdit(String user) {
    return admins.isEmpty() || admins.contains(user);
  }

  /** Saves the channel's own context (the workspace's default for an odd channel id). */
  private void save(String markdown, String user, String channel) {
    Path file = contexts.fileOf(channel);
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      if (Files.exists(file)) {
        Files.copy(
            file,
            file.resolveSibling(file.getFileName() + ".bak"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      Path aside = Files.createTempFile(parent, ".project-context-", ".md");
      Files.writeString(aside, markdown, StandardCharsets.UTF_8);
      Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      log.info("project context saved by {} ({} characters)", user, markdown.length());
    } catch (IOException e) {
      log.error("the project context could not be saved", e);
    }
  }

  private static View discover(Language l, String channel) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(
        section(
            s ->
                s.text(
                    markdownText(
                        l == Language.FR
                            ? "Ce que vous répondez devient le contexte de toutes mes réponses. Laissez vide ce que vous ne savez pas ; les secrets sont masqués."
                            : "What you answer becomes the context of all my answers. Leave blank what you do not know; secrets are redacted."))));
    for (DiscoveryQuestions.Entry q : DiscoveryQuestions.ALL) {
      blocks.add(
          input(
              i ->
                  i.blockId(q.id())
                      .optional(true)
                      .label(plainText(clip(q.text(l), 2000)))
                      .element(
                          plainTextInput(
                              p ->
                                  p.actionId("value")
                                      .multiline(!q.id().equals("organisation"))
                                      .maxLength(SLACK_TEXT_MAX)
                                      .placeholder(plainText(clip(q.example(l), 150)))))));
    }
    return view(
        v ->
            v.type("modal")
                .callbackId(DISCOVER_MODAL)
                .privateMetadata(l.code() + "|" + channel)
                .title(
                    viewTitle(
                        t ->
                            t.type("plain_text")
                                .text(l == Language.FR ? "Votre équipe" : "Your team")))
                .submit(
                    viewSubmit(
                        s -> s.type("plain_text").text(l == Language.FR ? "Suivant" : "Next")))
                .close(
                    viewClose(
                        c -> c.type("plain_text").text(l == Language.FR ? "Annuler" : "Cancel")))
                .blocks(blocks));
  }

  private static View confirm(String markdown, String draftId, Language l, boolean maySave) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (String part : parts(markdown)) {
      blocks.add(section(s -> s.text(markdownText(part))));
    }
    if (!maySave) {
      blocks.add(
          context(
              List.of(
                  markdownText(
                      l == Language.FR
                          ? "_Seuls les admins (CONSULTANT_ADMINS) peuvent l'enregistrer : transmettez-le leur._"
                          : "_Only the admins (CONSULTANT_ADMINS) may save it: pass it on to them._"))));
    }
    return view(
        v -> {
          v.type("modal")
              .callbackId(CONFIRM_MODAL)
              .privateMetadata(draftId)
              .title(
                  viewTitle(
                      t ->
                          t.type("plain_text")
                              .text(l == Language.FR ? "Votre équipe" : "Your team")))
              .close(
                  viewClose(c -> c.type("plain_text").text(l == Language.FR ? "Fermer" : "Close")))
              .blocks(blocks);
          if (maySave) {
            v.submit(
                viewSubmit(
                    s -> s.type("plain_text").text(l == Language.FR ? "Enregistrer" : "Save")));
          }
          return v;
        });
  }

  private static View edit(String text, String channel) {
    return view(
        v ->
            v.type("modal")
                .callbackId(EDIT_MODAL)
                .privateMetadata(channel)
                .title(viewTitle(t -> t.type("plain_text").text("Team context")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(
                    List.of(
                        input(
                            i ->
                                i.blockId("context")
                                    .label(plainText("project-context.md (Markdown)"))
                                    .element(
                                        plainTextInput(
                                            p -> {
                                              p.actionId("value")
                                                  .multiline(true)
                                                  .maxLength(SLACK_TEXT_MAX);
                                              if (!text.isBlank()) {
                                                p.initialValue(text);
                                              }
                                              return p;
                                            }))))));
  }

  /** Markdown shown in Slack: mrkdwn headings, in parts that fit a section block. */
  private static List<String> parts(String markdown) {
    String mrkdwn =
        MrkdwnWriter.escape(markdown.replaceAll("(?s)<!--.*?-->\\s*", ""))
            .replaceAll("(?m)^#{1,6}\\s+(.+)$", "*$1*");
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (String line : mrkdwn.split("\n")) {
      if (part.length() + line.length() + 1 > 2900) {
        parts.add(part.toString());
        part.setLength(0);
      }
      part.append(line).append('\n');
    }
    if (!part.toString().isBlank()) {
      parts.add(part.toString());
    }
    return parts;
  }

  private static Optional<String> value(ViewState state, String blockId) {
    if (state == null || state.getValues() == null || state.getValues().get(blockId) == null) {
      return Optional.empty();
    }
    ViewState.Value v = state.getValues().get(blockId).get("value");
    return v == null || v.getValue() == null ? Optional.empty() : Optional.of(v.getValue().strip());
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
