package dev.platformconsultant.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.adr.DecisionNotes.NotedOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meeting notes as people write them, in English and French, and a Slack thread. */
class NotesReaderTest {
  private static NotedOption option(DecisionNotes notes, String name) {
    return notes.options().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
  }

  private static DecisionNotes english() {
    return NotesReader.read(
        "Use Kafka for order events",
        TestApp.resource("adr/notes/order-events.en.md"),
        List.of("Kafka", "RabbitMQ"));
  }

  private static DecisionNotes french() {
    return NotesReader.read(
        "Choisir l'outil GitOps pour staging",
        TestApp.resource("adr/notes/gitops-staging.fr.md"),
        List.of());
  }

  @Test
  void englishNotesGiveTheProblemFromTheirContextSectionOnly() {
    assertEquals(
        List.of(
            "Order events go out through a cron job that polls the orders table every 30s and POSTs"
                + " them to the notification and payout services.",
            "When the monolith restarts mid-batch we lose events: in October payouts missed ~200"
                + " orders and finance reconciled them by hand.",
            "Fraud scoring (new in Q1) will need the same events."),
        english().context());
  }

  @Test
  void englishNotesGiveTheirDriversListAndADriverSaidInTheDiscussion() {
    assertEquals(
        List.of(
            "No lost events across a restart of the monolith",
            "Ordering per merchant",
            "New consumers must be able to replay at least 30 days",
            "The SRE team is 3 people, whatever we pick has to fit the current on-call",
            "Whichever broker, we need to avoid dual writes between the DB and the broker ->"
                + " transactional outbox?"),
        english().drivers());
  }

  @Test
  void theRequestersOptionsComeFirstWithWhatTheNotesSayOfThem() {
    DecisionNotes notes = english();

    assertEquals(
        List.of("Kafka", "RabbitMQ"), notes.options().stream().map(NotedOption::name).toList());
    NotedOption kafka = option(notes, "Kafka");
    assertEquals("MSK, we already run a cluster for clickstream.", kafka.description());
    assertEquals(List.of("MSK"), kafka.aliases());
    assertEquals(
        List.of(
            "Kafka gives us replay and ordering per partition key (merchant id) out of the box",
            "Reusing the clickstream cluster is fine"),
        kafka.pros());
    assertEquals(
        List.of(
            "Kafka consumers are more work (offsets, rebalancing), the orders team has never run one",
            "a dedicated MSK cluster is expensive for ~50 events/s"),
        kafka.cons(),
        "Bob's name is not part of the argument; MSK is Kafka's other name in these notes");
    NotedOption rabbit = option(notes, "RabbitMQ");
    assertEquals(
        List.of("RabbitMQ is simpler to run and the routing is nice for notifications"),
        rabbit.pros());
    assertEquals(
        List.of(
            "RabbitMQ has no replay once a message is acked, fraud scoring would need its own"
                + " backfill"),
        rabbit.cons());
  }

  @Test
  void keepingWhatExistsIsTheBaselineWithBothSidesOfItsSentence() {
    NotedOption baseline = english().baseline();

    assertEquals("Keep the cron job and fix the restart bug.", baseline.description());
    assertEquals(List.of("Keeping the cron job is the cheapest option"), baseline.pros());
    assertEquals(
        List.of("it still loses events on restart unless we add an outbox"), baseline.cons());
  }

  @Test
  void actionItemsAndAttendeesAreNotPartOfTheDecision() {
    DecisionNotes notes = english();
    String all = notes.toString();

    assertTrue(!all.contains("write the ADR") && !all.contains("quotas"), all);
    assertTrue(!all.contains("Alice (platform)"), all);
    assertEquals(List.of(), notes.decisions());
  }

  @Test
  void frenchNotesWithBareHeadingsGiveContextAndCriteria() {
    DecisionNotes notes = french();

    assertEquals(3, notes.context().size(), notes.context().toString());
    assertTrue(notes.context().getFirst().startsWith("Aujourd'hui le déploiement en staging"));
    assertTrue(
        notes.context().get(1).startsWith("Résultat : l'état du cluster"),
        "\"Résultat :\" is not a speaker: " + notes.context());
    assertEquals(
        List.of(
            "Il faut que les devs voient l'état de leurs déploiements sans accès kubectl",
            "Doit gérer nos 14 namespaces + les envs de preview",
            "Contrainte : pas plus d'une personne de l'équipe plateforme sur l'exploitation",
            "Compatible avec le SSO (Okta)"),
        notes.drivers());
  }

  @Test
  void frenchPlusAndMinusItemsUnderAnOptionAreItsArgumentsAndTheDiscussionAddsMore() {
    DecisionNotes notes = french();

    assertEquals(
        List.of("Argo CD", "Flux"), notes.options().stream().map(NotedOption::name).toList());
    NotedOption argo = option(notes, "Argo CD");
    assertEquals(
        List.of(
            "interface web, les devs voient l'état de leurs applis",
            "ApplicationSet pour les envs de preview",
            "Argo CD permet le SSO Okta directement via Dex, c'est un gros plus",
            "Argo CD est déjà utilisé par l'équipe data, on pourrait mutualiser l'instance"),
        argo.pros());
    assertEquals(List.of("plus lourd à exploiter (Redis, repo-server, contrôleur)"), argo.cons());
    NotedOption flux = option(notes, "Flux");
    assertEquals(
        List.of(
            "plus léger, tout est en CRD",
            "Flux s'intègre mieux avec Kustomize, on en a déjà partout",
            "Flux coûte moins en ressources"),
        flux.pros(),
        "\"coûte moins\" is an advantage");
    assertEquals(
        List.of(
            "pas d'interface web native (il faudrait Weave GitOps ou Capacitor)",
            "personne dans l'équipe ne le connaît"),
        flux.cons(),
        "the clause after \"mais\" is Flux's too");
    assertEquals("Garder les scripts actuels en les durcissant.", notes.baseline().description());
    assertEquals(
        List.of("garder les scripts ne règle pas la dérive, c'est justement le problème de départ"),
        notes.baseline().cons());
  }

  @Test
  void aSlackThreadGivesItsQuestionAsTheProblemAndTheOptionsItAsksAbout() {
    String thread =
        """
        Participants: <@U0BOB>, <@U0CAROL>, <@U0ALICE>
        Thread: channel C0001, ts 1764029000.000100
        A Slack thread to turn into an ADR.

        <@U0BOB>: Should we use Argo CD or Flux to deploy staging?
        (consultant) Argo CD gives you a UI and app-of-apps; Flux is lighter and composes with Kustomize. Both are GitOps.
        <@U0CAROL>: We already run Argo CD in prod.
        <@U0ALICE>: <@UBOT> what do you think of the option above?""";

    DecisionNotes notes =
        NotesReader.read("Should we use Argo CD or Flux to deploy staging?", thread, List.of());

    assertEquals(List.of("Should we use Argo CD or Flux to deploy staging?"), notes.context());
    assertEquals(
        List.of("Argo CD", "Flux"), notes.options().stream().map(NotedOption::name).toList());
    assertEquals(
        List.of("Argo CD gives you a UI and app-of-apps", "We already run Argo CD in prod"),
        option(notes, "Argo CD").pros());
    assertEquals(
        List.of("Flux is lighter and composes with Kustomize"), option(notes, "Flux").pros());
    assertEquals(List.of(), notes.drivers());
  }

  @Test
  void optionLinesComparisonsAndADecisionWithItsReason() {
    String notes =
        """
        ## SQS vs Kafka
        Option A: SQS (managed, nothing to run)
        Option B: Kafka
        We must keep ordering per customer.
        SQS is cheaper at our volume. Kafka lacks a managed offer in our region.
        Decision: we'll go with SQS because the team has no one to run Kafka.
        """;

    DecisionNotes read = NotesReader.read("Order events transport", notes, List.of());

    assertEquals(List.of("SQS", "Kafka"), read.options().stream().map(NotedOption::name).toList());
    assertEquals("Managed, nothing to run.", option(read, "SQS").description());
    assertEquals(List.of("SQS is cheaper at our volume"), option(read, "SQS").pros());
    assertEquals(
        List.of("Kafka lacks a managed offer in our region"), option(read, "Kafka").cons());
    assertEquals(List.of("We must keep ordering per customer"), read.drivers());
    assertEquals(
        List.of("we'll go with SQS because the team has no one to run Kafka."), read.decisions());
  }

  @Test
  void noNotesLeaveTheRequestersOptionsAndNothingElse() {
    DecisionNotes notes =
        NotesReader.read("Use Kafka", "", List.of("Kafka", "keep the current setup"));

    assertEquals(List.of("Kafka"), notes.options().stream().map(NotedOption::name).toList());
    assertEquals("Keep the current setup.", notes.baseline().description());
    assertTrue(notes.context().isEmpty() && notes.drivers().isEmpty());
  }

  @Test
  void anOptionPerSubHeadingWithProsAndConsLists() {
    DecisionNotes notes =
        NotesReader.read(
            "Move CI off Jenkins", TestApp.resource("adr/notes/ci-platform.en.md"), List.of());

    assertEquals(
        List.of(
            "Jenkins agents are hand-built VMs, builds queue for 20 min at peak and nobody wants to"
                + " own the plugins."),
        notes.context());
    assertEquals(
        List.of("GitHub Actions", "GitLab CI"),
        notes.options().stream().map(NotedOption::name).toList());
    NotedOption actions = option(notes, "GitHub Actions");
    assertEquals(
        List.of("already where our code is", "marketplace of actions", "OIDC to AWS"),
        actions.pros());
    assertEquals(
        List.of(
            "minutes cost money above the free tier",
            "self-hosted runners needed for the GPU jobs"),
        actions.cons());
    NotedOption gitlab = option(notes, "GitLab CI");
    assertEquals(List.of("strong pipelines as code, with includes and templates"), gitlab.pros());
    assertEquals(
        List.of("we'd have to migrate 140 repos", "a second tool to run next to GitHub"),
        gitlab.cons());
    assertEquals("Stay on Jenkins.", notes.baseline().description());
    assertEquals(
        List.of("stay on Jenkins and move agents to Kubernetes, cheapest in the short term"),
        notes.baseline().pros());
    assertEquals(
        List.of("plugin upgrades still cost us a full day per month"), notes.baseline().cons());
    assertEquals(
        List.of(
            "We go with GitHub Actions because the code is already on GitHub and OIDC removes the"
                + " long-lived AWS keys."),
        notes.decisions());
  }

  @Test
  void notesWithoutHeadingsGiveTheirOpeningAsTheProblemAndTheRestItsPlace() {
    DecisionNotes notes =
        NotesReader.read(
            "Order events",
            "We keep losing order events when the monolith restarts. Options are Kafka or"
                + " RabbitMQ. Kafka gives replay. RabbitMQ is easier to operate but has no replay."
                + " We need ordering per merchant. Do we need exactly-once delivery?",
            List.of());

    assertEquals(
        List.of(
            "We keep losing order events when the monolith restarts.",
            "Do we need exactly-once delivery?"),
        notes.context(),
        "an open question is part of the problem");
    assertEquals(
        List.of("We need ordering per merchant"), notes.drivers(), "a question is no driver");
    assertEquals(List.of("Kafka gives replay"), option(notes, "Kafka").pros());
    assertEquals(List.of("RabbitMQ has no replay"), option(notes, "RabbitMQ").cons());
  }

  @Test
  void aFrenchThreadGivesTheOptionsItHesitatesBetween() {
    String thread =
        """
        Participants: <@U1>, <@U2>
        Thread: channel C1, ts 1.2
        A Slack thread to turn into an ADR.

        <@U1>: On hésite entre Argo CD et Flux pour staging, des avis ?
        <@U2>: Argo CD a une interface web, c'est pratique pour les devs. Flux est plus léger mais personne ne le connaît.
        <@U1>: Il faut que ce soit compatible avec Okta.""";

    DecisionNotes notes = NotesReader.read("Outil GitOps pour staging", thread, List.of());

    assertEquals(
        List.of("On hésite entre Argo CD et Flux pour staging, des avis ?"), notes.context());
    assertEquals(List.of("Il faut que ce soit compatible avec Okta"), notes.drivers());
    assertEquals(
        List.of("Argo CD a une interface web, c'est pratique pour les devs"),
        option(notes, "Argo CD").pros());
    assertEquals(List.of("Flux est plus léger"), option(notes, "Flux").pros());
    assertEquals(List.of("personne ne le connaît"), option(notes, "Flux").cons());
  }
}
