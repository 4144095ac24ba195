package dev.platformconsultant.scan;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Reads delivery evidence from a repository's history with JGit (no {@code git} process, nothing in
 * the repository runs): deployments from release tags, or from merges to the default branch when
 * there are no tags in the window; lead time from a commit to the first release (or merge) that
 * contains it; change failure proxies from reverts, hotfixes and rollbacks; rework from hotfix and
 * patch releases. Every figure says which rule produced it.
 */
public final class HistoryScan {
  private static final Pattern FAILURE =
      Pattern.compile("(?i)^(revert\\b|.*\\bhot-?fix\\b|.*\\broll(ed)?[ -]?back\\b)");
  private static final Pattern PATCH_RELEASE = Pattern.compile("v?\\d+\\.\\d+\\.([1-9]\\d*)$");
  private static final Pattern HOTFIX = Pattern.compile("(?i)hot-?fix");
  private static final int EXAMPLES = 5;

  private HistoryScan() {}

  /** A release: a tag and the commit it points at. */
  private record Release(String name, RevCommit commit, Instant at) {}

  public static DeliveryEvidence scan(Repository repo, String branch, int windowDays, Instant now)
      throws IOException {
    Instant since = now.minus(Duration.ofDays(windowDays));
    ObjectId head = repo.resolve(branch);
    if (head == null) {
      throw new IOException("no branch '%s' in the repository".formatted(branch));
    }
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit tip = walk.parseCommit(head);
      List<RevCommit> firstParent = firstParent(walk, tip, since);
      List<Release> releases = releases(repo, walk, since, now);
      List<String> examples = new ArrayList<>();

      int deployments;
      String deploymentRule;
      List<Double> leadHours = new ArrayList<>();
      String leadRule;
      if (!releases.isEmpty()) {
        deployments = releases.size();
        deploymentRule = "release tags in the window (%d)".formatted(releases.size());
        leadRule = "commit time to the first release tag that contains the commit";
        leadHours.addAll(leadTimesToReleases(walk, releases, since));
      } else {
        List<RevCommit> merges = firstParent.stream().filter(c -> c.getParentCount() > 1).toList();
        if (!merges.isEmpty()) {
          deployments = merges.size();
          deploymentRule =
              "no release tag in the window: merges to %s (%d)"
                  .formatted(shortName(branch), merges.size());
          leadRule = "commit time to the merge that brought the commit into " + shortName(branch);
          leadHours.addAll(leadTimesToMerges(walk, merges));
        } else {
          deployments = firstParent.size();
          deploymentRule =
              "no release tag or merge in the window: commits on %s (%d)"
                  .formatted(shortName(branch), firstParent.size());
          leadRule = "not measurable without releases or merges";
        }
      }
      int failures = 0;
      for (RevCommit c : allInWindow(walk, tip, since)) {
        String subject = c.getShortMessage();
        if (FAILURE.matcher(subject).find()) {
          failures++;
          if (examples.size() < EXAMPLES) {
            examples.add("@" + c.abbreviate(7).name() + ": " + clip(subject));
          }
        }
      }
      long rework =
          releases.stream()
              .filter(
                  r -> HOTFIX.matcher(r.name()).find() || PATCH_RELEASE.matcher(r.name()).find())
              .count();
      double weeks = windowDays / 7.0;
      return new DeliveryEvidence(
          shortName(branch),
          tip.abbreviate(7).name(),
          windowDays,
          deployments,
          deployments == 0 ? null : perWeek(deployments, weeks),
          deploymentRule,
          percentile(leadHours, 50),
          percentile(leadHours, 90),
          leadRule,
          failures,
          deployments == 0 ? null : round(Math.min(100, 100.0 * failures / deployments)),
          "commits whose subject is a revert, a hotfix or a rollback, per deployment",
          releases.isEmpty() ? null : round(100.0 * rework / releases.size()),
          releases.isEmpty()
              ? "not measurable without release tags"
              : "hotfix or patch releases (x.y.Z with Z > 0) per release",
          examples);
    }
  }

  /** The default branch's first-parent commits in the window, newest first. */
  private static List<RevCommit> firstParent(RevWalk walk, RevCommit tip, Instant since)
      throws IOException {
    List<RevCommit> commits = new ArrayList<>();
    RevCommit c = tip;
    while (c != null && !commitTime(c).isBefore(since)) {
      commits.add(c);
      try {
        c = c.getParentCount() == 0 ? null : walk.parseCommit(c.getParent(0));
      } catch (org.eclipse.jgit.errors.MissingObjectException e) {
        // A partial or shallow copy: the history read stops where the objects stop.
        c = null;
      }
    }
    return commits;
  }

  private static List<RevCommit> allInWindow(RevWalk walk, RevCommit tip, Instant since)
      throws IOException {
    walk.reset();
    walk.markStart(walk.parseCommit(tip));
    List<RevCommit> commits = new ArrayList<>();
    try {
      for (RevCommit c : walk) {
        if (!commitTime(c).isBefore(since)) {
          commits.add(c);
        }
      }
    } catch (org.eclipse.jgit.errors.RevWalkException e) {
      // A partial or shallow copy: what could be read is counted.
    }
    walk.reset();
    return commits;
  }

  private static List<Release> releases(Repository repo, RevWalk walk, Instant since, Instant now)
      throws IOException {
    List<Release> releases = new ArrayList<>();
    for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
      RevObject target = walk.parseAny(ref.getObjectId());
      Instant at;
      if (target instanceof RevTag tag) {
        RevObject peeled = walk.peel(tag);
        if (!(peeled instanceof RevCommit commit)) {
          continue;
        }
        at =
            tag.getTaggerIdent() != null
                ? tag.getTaggerIdent().getWhenAsInstant()
                : commitTime(commit);
        target = commit;
      } else if (target instanceof RevCommit commit) {
        at = commitTime(commit);
      } else {
        continue;
      }
      if (!at.isBefore(since) && !at.isAfter(now)) {
        releases.add(
            new Release(
                ref.getName().substring(Constants.R_TAGS.length()), (RevCommit) target, at));
      }
    }
    releases.sort(Comparator.comparing(Release::at));
    return releases;
  }

  /** For each release, the commits it brings that no earlier release contained. */
  private static List<Double> leadTimesToReleases(
      RevWalk walk, List<Release> releases, Instant since) throws IOException {
    List<Double> hours = new ArrayList<>();
    Set<ObjectId> seen = new HashSet<>();
    for (Release r : releases) {
      walk.reset();
      walk.markStart(walk.parseCommit(r.commit()));
      try {
        for (RevCommit c : walk) {
          // Only the window's commits: the first release would otherwise bring all history.
          if (seen.add(c.getId().copy()) && !commitTime(c).isBefore(since)) {
            hours.add(Duration.between(commitTime(c), r.at()).toMinutes() / 60.0);
          }
        }
      } catch (org.eclipse.jgit.errors.RevWalkException e) {
        // A partial or shallow copy: the commits that could be read are counted.
      }
    }
    walk.reset();
    return hours.stream().filter(h -> h >= 0).toList();
  }

  /**
   * For each merge, the commits of the branch it merged (reachable from parent 2, not parent 1).
   */
  private static List<Double> leadTimesToMerges(RevWalk walk, List<RevCommit> merges)
      throws IOException {
    List<Double> hours = new ArrayList<>();
    for (RevCommit merge : merges) {
      walk.reset();
      walk.markStart(walk.parseCommit(merge.getParent(1)));
      walk.markUninteresting(walk.parseCommit(merge.getParent(0)));
      Instant at = commitTime(merge);
      try {
        for (RevCommit c : walk) {
          hours.add(Duration.between(commitTime(c), at).toMinutes() / 60.0);
        }
      } catch (org.eclipse.jgit.errors.RevWalkException e) {
        // A partial or shallow copy: the commits that could be read are counted.
      }
    }
    walk.reset();
    return hours.stream().filter(h -> h >= 0).toList();
  }

  private static Instant commitTime(RevCommit c) {
    return Instant.ofEpochSecond(c.getCommitTime());
  }

  /** Per week, with two decimals below one a week so that a monthly cadence does not read 0. */
  private static double perWeek(int count, double weeks) {
    double v = count / weeks;
    return v < 1 ? Math.round(v * 100) / 100.0 : round(v);
  }

  static Double percentile(List<Double> values, int p) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    // Nearest rank: the smallest value at or above p percent of the values.
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return round(sorted.get(Math.max(0, rank - 1)));
  }

  private static String shortName(String branch) {
    return branch.replaceFirst("^refs/heads/", "");
  }

  private static String clip(String subject) {
    return subject.length() > 80 ? subject.substring(0, 79) + "…" : subject;
  }

  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
