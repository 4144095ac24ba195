package dev.platformconsultant.discovery;

import dev.platformconsultant.text.Language;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the consultant asks a team to learn its context, section by section as the project context
 * is written (business, teams and their topology, stack, clouds, constraints, pain points, goals,
 * known metrics), drawn from the knowledge base's discovery interview guide; and when an answer is
 * too vague to use, so that it is asked once more with an example.
 */
public final class DiscoveryQuestions {
  private static final Pattern VAGUE =
      Pattern.compile(
          "(?iu)^\\s*(\\?+|n/?a|none|no idea|not sure|don'?t know|i don'?t know|dunno|tbd|later|"
              + "je ne sais pas|je sais pas|aucune idée|pas sûr|à voir|plus tard|rien)\\s*[.!?]*\\s*$");
  private static final int MIN_WORDS = 4;

  /**
   * One question.
   *
   * @param section the project context's section the answer goes to
   * @param example what a usable answer looks like, offered when the first one is too vague
   */
  public record Entry(
      String id, Section section, String en, String fr, String exampleEn, String exampleFr) {
    public String text(Language l) {
      return l == Language.FR ? fr : en;
    }

    public String example(Language l) {
      return l == Language.FR ? exampleFr : exampleEn;
    }
  }

  /** The project context's sections, in order. */
  public enum Section {
    BUSINESS("Business", "Activité"),
    TEAMS("Teams and their topology", "Équipes et leur topologie"),
    STACK("Stack", "Stack technique"),
    CLOUDS("Clouds and environments", "Clouds et environnements"),
    CONSTRAINTS("Constraints", "Contraintes"),
    PAIN_POINTS("Pain points", "Points de douleur"),
    GOALS("Goals", "Objectifs"),
    METRICS("Known metrics", "Métriques connues");

    private final String en;
    private final String fr;

    Section(String en, String fr) {
      this.en = en;
      this.fr = fr;
    }

    public String title(Language l) {
      return l == Language.FR ? fr : en;
    }
  }

  private DiscoveryQuestions() {}

  public static final List<Entry> ALL =
      List.of(
          new Entry(
              "organisation",
              Section.BUSINESS,
              "What is the organisation (or team) called?",
              "Comment s'appelle l'organisation (ou l'équipe) ?",
              "e.g. \"Acme Travel, bookings team\"",
              "par ex. « Acme Voyages, équipe réservations »"),
          new Entry(
              "business",
              Section.BUSINESS,
              "What does it sell, to whom, and what matters most: peaks, revenue at risk, what an outage costs?",
              "Que vend-elle, à qui, et qu'est-ce qui compte le plus : pics de charge, chiffre d'affaires en jeu, coût d'une panne ?",
              "e.g. \"Package holidays online to families; bookings peak in January; an hour of checkout outage loses about a day of margin.\"",
              "par ex. « Des séjours en ligne aux familles ; les réservations culminent en janvier ; une heure de panne du paiement coûte environ une journée de marge. »"),
          new Entry(
              "teams",
              Section.TEAMS,
              "Which teams build and run the software, and how do they work with the platform or ops team?",
              "Quelles équipes construisent et exploitent le logiciel, et comment travaillent-elles avec l'équipe plateforme ou ops ?",
              "e.g. \"Six product teams of 5-8; a platform team of 4 that provisions by ticket.\"",
              "par ex. « Six équipes produit de 5 à 8 ; une équipe plateforme de 4 qui provisionne sur ticket. »"),
          new Entry(
              "stack",
              Section.STACK,
              "What is the stack: languages, runtime, data stores, CI/CD, observability?",
              "Quelle est la stack : langages, exécution, bases de données, CI/CD, observabilité ?",
              "e.g. \"Java and Go services on EKS, PostgreSQL on RDS, GitLab CI, Argo CD, Datadog.\"",
              "par ex. « Services Java et Go sur EKS, PostgreSQL sur RDS, GitLab CI, Argo CD, Datadog. »"),
          new Entry(
              "clouds",
              Section.CLOUDS,
              "Which clouds, regions and environments, and how are they provisioned?",
              "Quels clouds, régions et environnements, et comment sont-ils provisionnés ?",
              "e.g. \"AWS eu-west-1 and eu-west-3; dev, staging, prod; Terraform for most of it.\"",
              "par ex. « AWS eu-west-1 et eu-west-3 ; dev, staging, prod ; Terraform pour l'essentiel. »"),
          new Entry(
              "constraints",
              Section.CONSTRAINTS,
              "Which constraints bind you: regulation, security, budget, contracts, deadlines?",
              "Quelles contraintes s'imposent : réglementation, sécurité, budget, contrats, échéances ?",
              "e.g. \"PCI DSS for payments, GDPR, a budget freeze until Q3.\"",
              "par ex. « PCI DSS pour les paiements, RGPD, budget gelé jusqu'au T3. »"),
          new Entry(
              "pain_points",
              Section.PAIN_POINTS,
              "Where does it hurt? Walk me through your last change from idea to production: where did it wait?",
              "Où est-ce que ça fait mal ? Racontez votre dernier changement, de l'idée à la production : où a-t-il attendu ?",
              "e.g. \"A new service takes three weeks: a ticket for the database, another for DNS.\"",
              "par ex. « Un nouveau service prend trois semaines : un ticket pour la base, un autre pour le DNS. »"),
          new Entry(
              "incidents",
              Section.PAIN_POINTS,
              "Tell me about the last incident: how did you find out, and how long did recovery take?",
              "Parlez-moi du dernier incident : comment l'avez-vous appris, et combien de temps pour rétablir ?",
              "e.g. \"A customer told us; rollback took two hours because the deploy was manual.\"",
              "par ex. « Un client nous a prévenus ; le retour arrière a pris deux heures car le déploiement était manuel. »"),
          new Entry(
              "goals",
              Section.GOALS,
              "If you could fix one thing in the platform this year, what would it be, and why?",
              "Si vous pouviez corriger une seule chose dans la plateforme cette année, laquelle, et pourquoi ?",
              "e.g. \"Self-service environments, so teams stop waiting on tickets.\"",
              "par ex. « Des environnements en libre-service, pour que les équipes n'attendent plus de tickets. »"),
          new Entry(
              "metrics",
              Section.METRICS,
              "Which figures do you know today: deployment frequency, lead time, incidents, cloud bill?",
              "Quels chiffres connaissez-vous aujourd'hui : fréquence de déploiement, délai de livraison, incidents, facture cloud ?",
              "e.g. \"About 20 deploys a week; 4 incidents last quarter; 85 k€ a month on AWS.\"",
              "par ex. « Environ 20 déploiements par semaine ; 4 incidents au dernier trimestre ; 85 k€ par mois sur AWS. »"));

  /**
   * Whether an answer says too little to be written down: "not sure", "?", or fewer than four
   * words. A blank answer is a skip, not a vague one.
   */
  public static boolean vague(String answer) {
    return vague(answer, MIN_WORDS);
  }

  /** As above, with the fewest words an answer needs (a name needs one). */
  public static boolean vague(String answer, int minWords) {
    String a = answer == null ? "" : answer.strip();
    if (a.isEmpty()) {
      return false;
    }
    return VAGUE.matcher(a).matches() || a.toLowerCase(Locale.ROOT).split("\\s+").length < minWords;
  }
}
