package dev.platformconsultant.review;

import dev.platformconsultant.text.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The areas a design is reviewed in, as the design-review checklist names them. */
public enum Area {
  RELIABILITY("Reliability", "Fiabilité"),
  SECURITY("Security", "Sécurité"),
  OPERABILITY("Operability and observability", "Exploitabilité et observabilité"),
  DELIVERY("Delivery", "Livraison"),
  COST("Cost", "Coûts"),
  DEVELOPER_EXPERIENCE("Developer experience", "Expérience développeur"),
  DATA("Data", "Données");

  private final String title;
  private final String frenchTitle;

  Area(String title, String frenchTitle) {
    this.title = title;
    this.frenchTitle = frenchTitle;
  }

  public String title() {
    return title;
  }

  /** The area's name in the review's language. */
  public String title(Language language) {
    return language == Language.FR ? frenchTitle : title;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The area a heading or a model's label names ("Operability / observability", "devex", "cost").
   */
  public static Optional<Area> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("operab") || t.startsWith("observab")) {
      return Optional.of(OPERABILITY);
    }
    if (t.startsWith("developer") || t.startsWith("devex") || t.startsWith("dx")) {
      return Optional.of(DEVELOPER_EXPERIENCE);
    }
    if (t.startsWith("finops")) {
      return Optional.of(COST);
    }
    return Arrays.stream(values())
        .filter(a -> t.startsWith(a.title.toLowerCase(Locale.ROOT)) || t.startsWith(a.id()))
        .findFirst();
  }
}
