package dev.platformconsultant.assessment;

import dev.platformconsultant.text.Language;

/** The three parts of the questionnaire, in the order they are asked. */
public enum Section {
  /** DORA's software delivery performance: five metrics, scored as its Quick Check does. */
  DORA(
      new Text(
          "Software delivery performance (DORA)", "Performance de livraison logicielle (DORA)")),
  /** The CNCF Platform Engineering Maturity Model: five aspects, four levels each. */
  CNCF(new Text("Platform engineering maturity (CNCF)", "Maturité du platform engineering (CNCF)")),
  /** Optional agree/disagree statements on the capabilities that drive the DORA metrics. */
  CAPABILITIES(
      new Text(
          "Capabilities that drive delivery (optional)",
          "Capacités qui font la performance de livraison (facultatif)"));

  private final Text title;

  Section(Text title) {
    this.title = title;
  }

  public String title(Language language) {
    return title.in(language);
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
