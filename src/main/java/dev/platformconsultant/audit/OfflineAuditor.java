package dev.platformconsultant.audit;

import dev.platformconsultant.assessment.Assessment;
import dev.platformconsultant.assessment.Question;
import dev.platformconsultant.assessment.Questionnaire;
import dev.platformconsultant.assessment.Section;
import dev.platformconsultant.assessment.Standing;
import dev.platformconsultant.review.Finding;
import dev.platformconsultant.review.Review;
import dev.platformconsultant.review.Severity;
import dev.platformconsultant.scan.ScanReport;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The deterministic audit: evidence collected from the assessment, the reviews and the notes, then
 * sorted into the SWOT by what it says (strong scores and review strengths; weak scores and medium
 * findings; next levels and under-used capabilities; critical and high findings), risks ranked by
 * severity, and recommendations taken from the findings' and the assessment's own remedies. It
 * invents nothing: every sentence is a score, a quote or a remedy from the knowledge base.
 * Thread-safe.
 */
public final class OfflineAuditor {
  static final int MAX_ITEMS = 4;
  static final int MAX_RISKS = 5;
  static final int MAX_RECOMMENDATIONS = 6;
  static final int ASSESSMENT_SLOTS = 2;

  private final Questionnaire questionnaire;

  public OfflineAuditor(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  /** The evidence, the SWOT and the rest; {@code id} and {@code date} as given. */
  public Audit audit(AuditInputs in, String id, String date) {
    Language l = in.language();
    Collected c = new Collected();
    in.assessment().ifPresent(a -> assessment(a, l, c));
    for (AuditInputs.Named<Review> review : in.reviews()) {
      findings(review, Evidence.Kind.REVIEW, l, c);
    }
    for (AuditInputs.Named<Review> notes : in.notes()) {
      findings(notes, Evidence.Kind.NOTE, l, c);
    }
    for (ScanReport scan : in.scans()) {
      scan(scan, l, c);
    }
    List<Audit.Risk> risks =
        c.threatFindings.stream()
            .sorted(Comparator.comparingInt((Pending p) -> -p.evidence.weight()))
            .limit(MAX_RISKS)
            .map(
                p ->
                    new Audit.Risk(
                        p.text,
                        consequence(p.severity, l),
                        p.severity.id(),
                        List.of(p.evidence.id())))
            .toList();
    List<Audit.Recommendation> recommendations = recommendations(c);
    return new Audit(
        id,
        in.team(),
        date,
        l.code(),
        summary(in, c, risks, recommendations, l),
        c.currentState,
        items(c.strengths),
        items(c.weaknesses),
        items(c.opportunities),
        items(c.threats),
        risks,
        recommendations,
        c.evidence,
        new ArrayList<>(c.passages),
        in.assessment().map(Assessment::id).orElse(null),
        "offline",
        null);
  }

  private void assessment(Assessment a, Language l, Collected c) {
    String source = a.id();
    Assessment.DoraScores d = a.dora();
    Assessment.Position overall = d.comparison().overall();
    c.currentState.add(
        w(
                l,
                "Delivery (DORA): overall %s/10 (throughput %s, stability %s), %s of DORA's %d respondents.",
                "Livraison (DORA) : %s/10 au global (débit %s, stabilité %s), %s des répondants DORA %d.")
            .formatted(
                n(d.overall(), l),
                n(d.throughput(), l),
                n(d.stability(), l),
                Standing.of(overall.deviations()).in(l),
                d.comparison().dataYear()));
    StringBuilder levels =
        new StringBuilder(
            w(l, "Platform maturity (CNCF): ", "Maturité de la plateforme (CNCF) : "));
    List<String> parts = new ArrayList<>();
    for (Question q : questionnaire.in(Section.CNCF)) {
      a.result(q.id())
          .ifPresent(
              r -> parts.add(q.name(l) + " " + (int) r.score() + " (" + level(q, r, l) + ")"));
    }
    c.currentState.add(levels.append(String.join(", ", parts)).append('.').toString());
    long measured = a.results().stream().filter(Assessment.Result::measured).count();
    c.currentState.add(
        measured == 0
            ? w(
                l,
                "Every DORA answer is self-reported, not measured.",
                "Toutes les réponses DORA sont déclaratives, non mesurées.")
            : w(
                    l,
                    "%d DORA answers are measured from the team's tools.",
                    "%d réponses DORA sont mesurées depuis les outils de l'équipe.")
                .formatted(measured));

    for (Question q : questionnaire.in(Section.DORA)) {
      Assessment.Result r = a.result(q.id()).orElse(null);
      Assessment.Position p = d.comparison().metrics().get(q.id());
      if (r == null || p == null) {
        continue;
      }
      Standing standing = Standing.of(p.deviations());
      String text =
          w(
                  l,
                  "%s: %s, score %s/10, %s of DORA's %d respondents (%s ± %s).",
                  "%s : %s, score %s/10, %s des répondants DORA %d (%s ± %s).")
              .formatted(
                  q.name(l),
                  answer(q, r, l),
                  n(r.score(), l),
                  standing.in(l),
                  d.comparison().dataYear(),
                  n(p.mean(), l),
                  n(p.sd(), l));
      int weight =
          switch (standing) {
            case WELL_BELOW -> 3;
            case BELOW -> 2;
            case AROUND -> 1;
            default -> 0;
          };
      Evidence e = c.add(Evidence.Kind.ASSESSMENT, source, text, weight, "assessment:" + q.id());
      if (weight == 0) {
        c.strengths.add(new Pending(text, e, null));
      } else if (weight >= 2) {
        boolean stability = q.factor().orElse("").equals("stability");
        if (stability) {
          // Changes that fail in production more than elsewhere are a threat, not only a weakness.
          c.threats.add(new Pending(text, e, Severity.HIGH));
          c.threatFindings.add(
              new Pending(
                  w(
                          l,
                          "%s below DORA's respondents: changes fail or need rework in production more often.",
                          "%s sous les répondants DORA : les changements échouent ou sont repris en production plus souvent.")
                      .formatted(q.name(l)),
                  e,
                  Severity.HIGH));
        } else {
          c.weaknesses.add(new Pending(text, e, null));
        }
      }
    }
    for (Question q : questionnaire.in(Section.CNCF)) {
      Assessment.Result r = a.result(q.id()).orElse(null);
      if (r == null) {
        continue;
      }
      String text =
          w(l, "%s at level %d, %s: %s", "%s au niveau %d, %s : %s")
              .formatted(
                  q.name(l),
                  (int) r.score(),
                  level(q, r, l),
                  q.choice(r.choice()).detail().map(t -> t.in(l)).orElse(""));
      int weight = r.score() <= 1 ? 2 : r.score() == 2 ? 1 : 0;
      Evidence e = c.add(Evidence.Kind.ASSESSMENT, source, text, weight, "assessment:" + q.id());
      if (a.strongest().stream().anyMatch(s -> s.question().equals(q.id()))) {
        c.strengths.add(new Pending(text, e, null));
      } else if (a.weakest().stream().anyMatch(s -> s.question().equals(q.id()))) {
        c.weaknesses.add(new Pending(text, e, null));
      }
    }
    for (Assessment.Priority p : a.priorities()) {
      Question q = questionnaire.question(p.question()).orElseThrow();
      Evidence e = c.find(source, q.name(l));
      String text =
          w(l, "%s: reach \"%s\"%s", "%s : atteindre « %s »%s")
              .formatted(
                  q.name(l),
                  p.next(),
                  p.actions().isEmpty()
                      ? "."
                      : w(l, " — %s", " — %s").formatted(String.join("; ", p.actions())));
      if (e != null) {
        c.opportunities.add(new Pending(text, e, null));
      }
      c.remedies.add(
          new Remedy(
              w(l, "%s: work towards \"%s\".", "%s : viser « %s ».").formatted(q.name(l), p.next())
                  + (p.actions().isEmpty()
                      ? ""
                      : " "
                          + p.actions().getFirst()
                          + (p.actions().getFirst().endsWith(".") ? "" : ".")),
              e == null ? List.of() : List.of(e.id()),
              p.passages(),
              e == null ? 1 : e.weight(),
              true));
      c.passages.addAll(p.passages());
    }
  }

  private void findings(
      AuditInputs.Named<Review> named, Evidence.Kind kind, Language l, Collected c) {
    Review review = named.value();
    for (String strength : review.strengths()) {
      Evidence e = c.add(kind, named.name(), strength, 0, "");
      c.strengths.add(new Pending(strength, e, null));
    }
    for (Finding f : review.findings()) {
      if (kind == Evidence.Kind.NOTE && firstQuote(f.evidence()).isEmpty()) {
        // Notes are not a design: a topic they do not mention is not evidence of a problem.
        continue;
      }
      String text =
          "%s (%s, %s)%s"
              .formatted(
                  f.title(),
                  f.area().title(l),
                  f.severity().label(l),
                  f.evidence().isBlank()
                      ? ""
                      : w(l, ": “%s”", " : « %s »").formatted(f.evidence()));
      Evidence e =
          c.add(
              kind,
              named.name(),
              text,
              weight(f.severity()),
              "review:" + f.area().id() + ":" + f.source());
      String brief = brief(f, named.name(), l);
      if (f.severity() == Severity.CRITICAL || f.severity() == Severity.HIGH) {
        c.threats.add(new Pending(brief, e, f.severity()));
        c.threatFindings.add(new Pending(brief, e, f.severity()));
      } else {
        c.weaknesses.add(new Pending(brief, e, f.severity()));
      }
      if (!f.recommendation().isBlank()) {
        c.remedies.add(
            new Remedy(
                f.recommendation(),
                List.of(e.id()),
                f.source().isBlank() ? List.of() : List.of(f.source()),
                e.weight(),
                false));
        if (!f.source().isBlank()) {
          c.passages.add(f.source());
        }
      }
    }
  }

  /**
   * The heaviest remedies first, but with room for the assessment's: a design's critical findings
   * should not crowd out the platform's own next steps.
   */
  /** A repository scan's problems as grouped facts, its strengths, its delivery figures. */
  private void scan(ScanReport scan, Language l, Collected c) {
    String source = scan.source() + "@" + scan.sha();
    c.currentState.add(ScanEvidence.delivery(scan, l));
    for (String strength : ScanEvidence.strengths(scan)) {
      Evidence e = c.add(Evidence.Kind.SCAN, source, strength, 0, "");
      c.strengths.add(new Pending(strength, e, null));
    }
    for (ScanEvidence.Group g : ScanEvidence.problems(scan).values()) {
      String text = ScanEvidence.text(g, scan, l);
      int weight = ScanEvidence.weight(g.check());
      Evidence e =
          c.add(Evidence.Kind.SCAN, source, text, weight, "scan:" + g.area() + ":" + g.check());
      Severity severity =
          weight >= 4 ? Severity.CRITICAL : weight == 3 ? Severity.HIGH : Severity.MEDIUM;
      if (weight >= 3) {
        c.threats.add(new Pending(text, e, severity));
        c.threatFindings.add(new Pending(text, e, severity));
      } else {
        c.weaknesses.add(new Pending(text, e, severity));
      }
      ScanEvidence.remedy(g.check())
          .ifPresent(
              r -> {
                c.remedies.add(
                    new Remedy(
                        l == Language.FR ? r.fr() : r.en(),
                        List.of(e.id()),
                        List.of(r.passage()),
                        weight,
                        false));
                c.passages.add(r.passage());
              });
    }
  }

  private static List<Audit.Recommendation> recommendations(Collected c) {
    List<Remedy> ranked =
        c.remedies.stream().sorted(Comparator.comparingInt((Remedy r) -> -r.weight)).toList();
    List<Remedy> platform =
        ranked.stream().filter(Remedy::fromAssessment).limit(ASSESSMENT_SLOTS).toList();
    List<Remedy> chosen = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Remedy r : ranked) {
      long reserved = platform.stream().filter(p -> !chosen.contains(p)).count();
      boolean fits = platform.contains(r) || chosen.size() < MAX_RECOMMENDATIONS - reserved;
      if (fits
          && chosen.size() < MAX_RECOMMENDATIONS
          && seen.add(r.text.toLowerCase(Locale.ROOT))) {
        chosen.add(r);
      }
    }
    return chosen.stream()
        .map(r -> new Audit.Recommendation(r.text, r.addresses, r.passages))
        .toList();
  }

  /** A finding in a line: its title and the start of what the material says. */
  static String brief(Finding f, String source, Language l) {
    String quote = firstQuote(f.evidence());
    return quote.isEmpty()
        ? "%s (%s)".formatted(f.title(), source)
        : w(l, "%s: “%s” (%s)", "%s : « %s » (%s)").formatted(f.title(), quote, source);
  }

  private static final java.util.regex.Pattern QUOTE =
      java.util.regex.Pattern.compile("[\"«“]\\s*([^\"»”]{8,}?)\\s*[\"»”]");

  private static String firstQuote(String evidence) {
    java.util.regex.Matcher m = QUOTE.matcher(evidence);
    if (!m.find()) {
      return "";
    }
    String q = m.group(1).strip();
    int cut = q.indexOf(". ");
    if (cut > 20) {
      q = q.substring(0, cut);
    }
    if (q.length() > 110) {
      return q.substring(0, q.lastIndexOf(' ', 108)) + "…";
    }
    return q.replaceAll("[.;:]$", "");
  }

  private static String summary(
      AuditInputs in,
      Collected c,
      List<Audit.Risk> risks,
      List<Audit.Recommendation> recs,
      Language l) {
    StringBuilder s = new StringBuilder();
    s.append(w(l, "Evidence: %s.", "Éléments examinés : %s.").formatted(scope(in, l)));
    List<String> key = new ArrayList<>();
    risks.stream().limit(3).forEach(r -> key.add(r.text()));
    c.weaknesses.stream().limit(Math.max(0, 3 - key.size())).forEach(p -> key.add(p.text));
    if (!key.isEmpty()) {
      s.append(' ').append(w(l, "Key findings: ", "Constats clés : "));
      s.append(String.join(w(l, "; ", " ; "), key)).append('.');
    }
    if (!recs.isEmpty()) {
      s.append(' ').append(w(l, "First recommendations: ", "Premières recommandations : "));
      s.append(
          String.join(
              w(l, " ", " "), recs.stream().limit(3).map(Audit.Recommendation::text).toList()));
    }
    if (!c.strengths.isEmpty()) {
      s.append(' ')
          .append(
              w(l, "To keep: %s.", "À préserver : %s.")
                  .formatted(strip(c.strengths.getFirst().text)));
    }
    s.append(' ')
        .append(
            w(
                l,
                "The expected gain is for the business case to quantify (`consultant business-case`), from the team's own figures.",
                "Le gain attendu est à chiffrer dans le cas d'affaires (`consultant business-case`), à partir des chiffres de l'équipe."));
    return s.toString();
  }

  static String scope(AuditInputs in, Language l) {
    List<String> parts = new ArrayList<>();
    in.assessment()
        .ifPresent(a -> parts.add(w(l, "the assessment %s", "l'évaluation %s").formatted(a.id())));
    if (!in.reviews().isEmpty()) {
      parts.add(
          w(l, "design reviews of %s", "les revues de conception de %s")
              .formatted(
                  String.join(", ", in.reviews().stream().map(AuditInputs.Named::name).toList())));
    }
    if (!in.notes().isEmpty()) {
      parts.add(
          w(l, "notes from %s", "les notes de %s")
              .formatted(
                  String.join(", ", in.notes().stream().map(AuditInputs.Named::name).toList())));
    }
    if (!in.scans().isEmpty()) {
      parts.add(
          w(l, "a scan of %s", "l'analyse de %s")
              .formatted(
                  String.join(
                      ", ", in.scans().stream().map(s -> s.source() + "@" + s.sha()).toList())));
    }
    return String.join(", ", parts);
  }

  private static String strip(String text) {
    String t = text.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static String consequence(Severity severity, Language l) {
    return switch (severity) {
      case CRITICAL ->
          w(
              l,
              "likely loss of data, a security breach or an outage of a critical journey with no way back",
              "perte de données probable, faille de sécurité ou panne d'un parcours critique sans retour possible");
      case HIGH ->
          w(
              l,
              "a likely outage or degradation users will feel, or a weakness one more failure would expose",
              "panne ou dégradation probable ressentie par les utilisateurs, ou faiblesse qu'une défaillance de plus exposerait");
      case MEDIUM ->
          w(
              l,
              "slower delivery or waste, not yet felt by users",
              "livraison ralentie ou gaspillage, pas encore ressentis par les utilisateurs");
      case LOW -> w(l, "hygiene", "hygiène");
    };
  }

  private static int weight(Severity s) {
    return switch (s) {
      case CRITICAL -> 4;
      case HIGH -> 3;
      case MEDIUM -> 2;
      case LOW -> 1;
    };
  }

  private static List<Audit.Item> items(List<Pending> pending) {
    return pending.stream()
        .sorted(Comparator.comparingInt((Pending p) -> -p.evidence.weight()))
        .limit(MAX_ITEMS)
        .map(p -> new Audit.Item(p.text, List.of(p.evidence.id())))
        .toList();
  }

  private static String level(Question q, Assessment.Result r, Language l) {
    return q.choice(r.choice()).label().in(l);
  }

  private static String answer(Question q, Assessment.Result r, Language l) {
    if (q.kind() == Question.Kind.PERCENT && r.value() != null) {
      return n(r.value(), l) + (l == Language.FR ? " %" : "%");
    }
    return q.choice(r.choice())
        .label()
        .in(l)
        .toLowerCase(l == Language.FR ? Locale.FRENCH : Locale.ROOT);
  }

  static String n(double value, Language l) {
    String s =
        value == Math.rint(value)
            ? String.valueOf((long) value)
            : String.format(Locale.ROOT, "%.1f", value);
    return l == Language.FR ? s.replace('.', ',') : s;
  }

  private static String w(Language l, String en, String fr) {
    return l == Language.FR ? fr : en;
  }

  /** A statement waiting for its place, with its evidence. */
  private record Pending(String text, Evidence evidence, Severity severity) {}

  /** A remedy for some evidence, and how much that evidence weighs. */
  private record Remedy(
      String text,
      List<String> addresses,
      List<String> passages,
      int weight,
      boolean fromAssessment) {}

  /** What the collection gathers, in order. */
  private static final class Collected {
    final List<Evidence> evidence = new ArrayList<>();
    final List<String> currentState = new ArrayList<>();
    final List<Pending> strengths = new ArrayList<>();
    final List<Pending> weaknesses = new ArrayList<>();
    final List<Pending> opportunities = new ArrayList<>();
    final List<Pending> threats = new ArrayList<>();
    final List<Pending> threatFindings = new ArrayList<>();
    final List<Remedy> remedies = new ArrayList<>();
    final Set<String> passages = new LinkedHashSet<>();

    Evidence add(Evidence.Kind kind, String source, String text, int weight, String topic) {
      Evidence e = new Evidence("E" + (evidence.size() + 1), kind, source, text, weight, topic);
      evidence.add(e);
      return e;
    }

    /** The assessment evidence about the area named {@code name}, if collected. */
    Evidence find(String source, String name) {
      return evidence.stream()
          .filter(e -> e.source().equals(source) && e.text().startsWith(name))
          .findFirst()
          .orElse(null);
    }
  }
}
