package dev.platformconsultant.consultant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.knowledge.HybridKnowledgeBase;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.KnowledgeLoader;
import dev.platformconsultant.knowledge.MarkdownDocumentParser;
import dev.platformconsultant.knowledge.TextRelevance;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.TokenCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineAnswerWriterTest {
  private final TextRelevance relevance = new TextRelevance();
  private final OfflineAnswerWriter writer =
      new OfflineAnswerWriter(relevance, HybridKnowledgeBase.lexical(List.of()));

  private static final String STAGING =
      """
      ---
      id: shared-staging
      title: Anti-pattern — one shared staging
      aliases:
        - shared staging
        - staging partagé
        - préprod
      ---
      One staging environment for every team, always half broken.

      ## Symptoms
      - Teams queue for staging; "who broke staging?" is asked every day.

      ## The cure
      Shift confidence left and right, so the shared staging step becomes small. The staging is
      shared by everyone, so nobody resets it.

      ## How to get out of it
      1. **Measure the pain (2 weeks).** Time spent waiting for staging.
      2. **Preview environments** for one pilot team.

      ## How to know it is fixed
      - Waiting time for a test environment under 15 minutes.
      """;

  private static final String STAGING_FR =
      """
      ---
      title: Anti-pattern — un staging partagé
      ---
      Un seul staging pour toutes les équipes, toujours à moitié cassé.

      ## Le remède {#the-cure}
      Déplacez la confiance à gauche et à droite, pour que l'étape du staging partagé devienne petite.

      ## Comment en sortir {#how-to-get-out-of-it}
      1. **Mesurez la douleur (2 semaines).** Le temps passé à attendre le staging.
      2. **Des environnements de preview** pour une équipe pilote.
      """;

  private OfflineAnswerWriter writerOver(Path dir, boolean french) throws Exception {
    Files.writeString(dir.resolve("shared-staging.md"), STAGING);
    if (french) {
      Files.writeString(dir.resolve("shared-staging.fr.md"), STAGING_FR);
    }
    KnowledgeBase kb =
        HybridKnowledgeBase.lexical(
            new KnowledgeLoader(new MarkdownDocumentParser(new TokenCounter()))
                .load(List.of(dir))
                .documents());
    knowledge = kb;
    return new OfflineAnswerWriter(relevance, kb);
  }

  private KnowledgeBase knowledge;

  private OfflineAnswerWriter.Written ask(OfflineAnswerWriter w, String question, Language lang) {
    return w.write(
        question, knowledge.search(question, 8), lang, OfflineAnswerWriter.Reason.NO_LLM, null);
  }

  @Test
  void whatToDoIsAnsweredByTheCureAndTheStepsNotTheSymptoms(@TempDir Path dir) throws Exception {
    OfflineAnswerWriter w = writerOver(dir, false);

    OfflineAnswerWriter.Written answer =
        ask(w, "our staging is shared by 6 teams and always broken, what do we do", Language.EN);

    List<String> cited = answer.sources().stream().map(SourceRef::id).toList();
    assertEquals("shared-staging#the-cure", cited.getFirst(), answer.markdown());
    assertTrue(cited.contains("shared-staging#how-to-get-out-of-it"), cited.toString());
    assertFalse(cited.contains("shared-staging#symptoms"), cited.toString());
    String md = answer.markdown();
    assertTrue(md.startsWith("_Offline mode: knowledge-base excerpts, no LLM configured._"));
    assertTrue(md.contains("**Recommendation.** Shift confidence left and right"), md);
    assertFalse(md.contains("nobody resets it"), "a sentence leaning on another stays out: " + md);
    assertTrue(md.contains("**First steps** [2]\n\n1. **Measure the pain (2 weeks).**"), md);
    assertTrue(md.contains("**Targets and figures** [3]"), md);
    assertTrue(md.contains("under 15 minutes"), md);
  }

  @Test
  void aFrenchQuestionGetsFrenchHeadingsAndTheTranslatedTextUnderTheSameIds(@TempDir Path dir)
      throws Exception {
    OfflineAnswerWriter w = writerOver(dir, true);

    OfflineAnswerWriter.Written answer =
        ask(w, "notre préprod partagée est toujours cassée, comment on s'en sort ?", Language.FR);

    String md = answer.markdown();
    assertTrue(md.startsWith("_Mode hors ligne"), md);
    assertTrue(md.contains("**Recommandation.** Déplacez la confiance"), md);
    assertTrue(md.contains("**Premières étapes** [2]\n\n1. **Mesurez la douleur"), md);
    assertTrue(md.contains("**Cibles et chiffres** [3] _(en anglais)_"), "untranslated: " + md);
    assertEquals("shared-staging#the-cure", answer.sources().getFirst().id());
    assertEquals("Le remède", answer.sources().getFirst().heading());
    assertTrue(answer.sources().getFirst().path().endsWith("shared-staging.fr.md"));
  }

  @Test
  void whatIsIsAnsweredByTheOverview(@TempDir Path dir) throws Exception {
    OfflineAnswerWriter w = writerOver(dir, false);

    OfflineAnswerWriter.Written answer = ask(w, "what is shared staging?", Language.EN);

    assertTrue(
        answer.markdown().contains("**In short.** One staging environment for every team"),
        answer.markdown());
    assertEquals("shared-staging#overview", answer.sources().getFirst().id());
  }

  @Test
  void aQuestionNoDocumentIsAboutIsNotCovered(@TempDir Path dir) throws Exception {
    OfflineAnswerWriter w = writerOver(dir, false);

    OfflineAnswerWriter.Written answer = ask(w, "what's the weather in Lyon?", Language.EN);

    assertTrue(answer.markdown().contains("does not cover this question yet"), answer.markdown());
    assertTrue(answer.sources().isEmpty());
  }

  @Test
  void aLongPassageIsTrimmedToTheParagraphsThatAnswer() {
    String filler = "Teams should agree on ownership and write things down for the next person. ";
    String text =
        "Intro about the topic.\n\n"
            + filler.repeat(8)
            + "\n\n"
            + "Burn-rate alerts page when the error budget burns fourteen times too fast over one hour.\n\n"
            + filler.repeat(8)
            + "\n\n"
            + filler.repeat(8);

    String excerpt = writer.excerpt(text, relevance.analyse("burn rate alert error budget"));

    assertTrue(excerpt.contains("Burn-rate alerts page"), excerpt);
    assertTrue(
        excerpt.length() <= OfflineAnswerWriter.EXCERPT_CHARS + 20, "length " + excerpt.length());
    assertTrue(excerpt.contains("…"), "says something was left out");
  }

  @Test
  void blocksNeverSplitACodeFence() {
    List<String> blocks = OfflineAnswerWriter.blocks("a\n\n```yaml\nkey: 1\n\nother: 2\n```\n\nb");

    assertEquals(3, blocks.size());
    assertTrue(blocks.get(1).startsWith("```yaml") && blocks.get(1).endsWith("```"));
  }

  @Test
  void aShortPassageIsKeptWhole() {
    assertEquals("Short text.", writer.excerpt("Short text.", relevance.analyse("anything")));
    assertFalse(writer.excerpt("Short text.", relevance.analyse("x")).contains("…"));
  }
}
