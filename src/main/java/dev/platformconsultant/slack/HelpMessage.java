package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.assistant.SuggestedPrompt;
import dev.platformconsultant.config.SlackSettings;
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
            context(List.of(markdownText(mode)))));
  }

  /**
   * Drawn from the persona's responsibilities: audit, architecture, governance, coaching, FinOps.
   */
  static List<SuggestedPrompt> suggestedPrompts() {
    return List.of(
        new SuggestedPrompt(
            "Assess our DevOps maturity",
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
