package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.assistant.SuggestedPrompt;
import com.slack.api.model.block.LayoutBlock;
import dev.platformconsultant.config.SlackSettings;
import dev.platformconsultant.text.Language;
import java.util.List;

/** What the bot says about itself: the help text and the assistant pane's suggested prompts. */
final class HelpMessage {
  private HelpMessage() {}

  static SlackMessage help(SlackSettings.Commands commands, boolean llm) {
    String text =
        """
        *I am your external Platform Engineering consultant.* Ask me in a thread, a DM or the assistant pane, in French or English; I answer from our knowledge base of patterns, anti-patterns and frameworks (DORA, SPACE, CNCF, 12-Factor, Well-Architected, Zero Trust, SLSA, CIS, Team Topologies, Platform as a Product) and cite my sources.

        *Ask*
        • Mention me: `@consultant how should we define SLOs for the payment API?`
        • `%1$s <question>`: I answer in the channel, e.g. `%1$s comment réduire nos coûts Kubernetes ?`

        *Review a design*
        • `%2$s` opens a form to paste a design; `%2$s <text>` reviews the text
        • Message shortcut *Review this design* on a message or a shared file

        *Record a decision*
        • `%3$s <title>` opens the ADR form (context, options, drivers, decision)
        • Message shortcut *Draft an ADR from this thread*

        *Assess the platform*
        • `%1$s assess [team]` (`%1$s évaluer` in French) opens the maturity assessment: DORA delivery metrics against DORA's published data, the CNCF platform maturity model, charts and a report; `%1$s assess new` starts over
        • `%1$s audit [team]` writes the audit (SWOT with evidence, risks, recommendations) from the team's assessment and the designs reviewed here; `@consultant audit` in a thread reads the thread too; its button plans the roadmap
        • `%1$s business-case` opens the business case form: payback, NPV and ROI in three scenarios

        *Tell me about your team*
        • `%1$s discover` asks ten questions about your team; `%1$s context` shows what I know
        """
            .formatted(commands.consult(), commands.review(), commands.adr());
    String mode =
        llm
            ? "Answers are written by an LLM from the knowledge base."
            : "No LLM is configured: answers are knowledge-base excerpts (offline mode).";
    return new SlackMessage(
        "Platform Consultant: what I can do",
        List.of(
            section(s -> s.text(markdownText(text.strip()))),
            assessButton(Language.EN),
            context(List.of(markdownText(mode)))));
  }

  /** The button that opens the assessment form (a form needs a click: a message cannot open it). */
  static LayoutBlock assessButton(Language language) {
    return actions(
        List.of(
            button(
                b ->
                    b.actionId(AssessmentHandlers.OPEN)
                        .value(language.code())
                        .style("primary")
                        .text(
                            plainText(
                                language == Language.FR
                                    ? "Évaluer notre plateforme"
                                    : "Assess our platform")))));
  }

  /** A suggested prompt's message that asks for the assessment form. */
  static final String ASSESS_PROMPT = "Run a platform maturity assessment (DORA and CNCF)";

  /** Whether a message in the assistant pane asks for the assessment rather than a question. */
  static boolean asksForAssessment(String text) {
    String t = text == null ? "" : text.strip();
    return t.equalsIgnoreCase(ASSESS_PROMPT)
        || SlashCommandHandlers.AssessCommand.parse(t).filter(c -> c.team().isEmpty()).isPresent();
  }

  /**
   * Drawn from the persona's responsibilities: audit, architecture, governance, coaching, FinOps.
   */
  static List<SuggestedPrompt> suggestedPrompts() {
    return List.of(
        new SuggestedPrompt("Assess our platform", ASSESS_PROMPT),
        new SuggestedPrompt(
            "Measure our DORA metrics",
            "How do we measure our DORA metrics from CI/CD and incident data, and what would good look like for us?"),
        new SuggestedPrompt(
            "Review a design",
            "What should a design review of a new service check before it goes to production?"),
        new SuggestedPrompt(
            "Set SLOs", "How should we define SLOs and an error budget policy for a payment API?"),
        new SuggestedPrompt(
            "Réduire la facture cloud",
            "Comment réduire nos coûts Kubernetes sans risque pour la production ?"));
  }
}
