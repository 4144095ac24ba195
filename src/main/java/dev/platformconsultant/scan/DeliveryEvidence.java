package dev.platformconsultant.scan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a repository's history says about delivery over a window, each figure with the rule that
 * produced it (the history is a proxy: a reader must know what was counted).
 *
 * @param deploymentsPerWeek releases (or merges) per week over the window
 * @param deploymentRule how a deployment was recognised: release tags, or merges to the default
 *     branch when there are no tags
 * @param leadTimeP50Hours median hours from a commit to the first release (or merge) containing it
 * @param changeFailRatePercent reverts, hotfixes and rollbacks per deployment, in percent
 * @param reworkRatePercent releases made to fix (hotfix or patch releases) per release, in percent
 * @param examples commits that back the figures, cited {@code @shortsha: subject}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryEvidence(
    String branch,
    String head,
    int windowDays,
    int deployments,
    Double deploymentsPerWeek,
    String deploymentRule,
    Double leadTimeP50Hours,
    Double leadTimeP90Hours,
    String leadTimeRule,
    int failures,
    Double changeFailRatePercent,
    String failureRule,
    Double reworkRatePercent,
    String reworkRule,
    List<String> examples) {
  public DeliveryEvidence {
    examples = List.copyOf(examples);
  }
}
