package dev.platformconsultant.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
  private final AtomicLong now = new AtomicLong();

  private AccessPolicy policy(
      Set<String> channels, Set<String> users, int perMinute, int maxChars) {
    return new AccessPolicy(
        new AccessPolicy.Limits(channels, users, perMinute, maxChars), now::get);
  }

  @Test
  void emptyAllowListsAllowEveryone() {
    assertEquals(Optional.empty(), policy(Set.of(), Set.of(), 10, 1000).check("U1", "C1", 10));
  }

  @Test
  void onlyListedChannelsAndUsersAreServedButDirectMessagesAreNotChannels() {
    AccessPolicy policy = policy(Set.of("C0PLATFORM"), Set.of("U0ALICE", "U0BOB"), 10, 1000);

    assertTrue(
        policy
            .check("U0ALICE", "C0RANDOM", 10)
            .orElseThrow()
            .contains("not enabled in this channel"));
    assertTrue(
        policy
            .check("U0EVE", "C0PLATFORM", 10)
            .orElseThrow()
            .contains("only available to some teams"));
    assertEquals(Optional.empty(), policy.check("U0ALICE", "C0PLATFORM", 10));
    assertEquals(Optional.empty(), policy.check("U0BOB", "D0DM", 10));
  }

  @Test
  void theRateLimitIsASlidingMinutePerUser() {
    AccessPolicy policy = policy(Set.of(), Set.of(), 2, 1000);

    assertEquals(Optional.empty(), policy.check("U1", "C1", 1));
    now.addAndGet(Duration.ofSeconds(20).toNanos());
    assertEquals(Optional.empty(), policy.check("U1", "C1", 1));
    assertTrue(policy.check("U1", "C1", 1).orElseThrow().contains("last minute"));
    assertEquals(
        Optional.empty(), policy.check("U2", "C1", 1), "another user has their own budget");
    now.addAndGet(Duration.ofSeconds(41).toNanos());
    assertEquals(
        Optional.empty(), policy.check("U1", "C1", 1), "the first request left the window");
  }

  @Test
  void anInputOverTheLimitIsRefusedWithItsSize() {
    assertTrue(
        policy(Set.of(), Set.of(), 10, 1000)
            .check("U1", "C1", 5000)
            .orElseThrow()
            .contains("5,000 characters; I read up to 1,000"));
  }

  @Test
  void aUserGroupInTheAllowListAdmitsItsMembers() {
    java.util.concurrent.atomic.AtomicInteger lookups =
        new java.util.concurrent.atomic.AtomicInteger();
    AccessPolicy policy =
        new AccessPolicy(
            new AccessPolicy.Limits(Set.of(), Set.of("S0PLATFORM"), 100, 1000),
            now::get,
            group -> {
              lookups.incrementAndGet();
              return group.equals("S0PLATFORM") ? Set.of("U0ALICE") : Set.of();
            });

    assertEquals(Optional.empty(), policy.check("U0ALICE", "C1", 1));
    assertTrue(policy.check("U0EVE", "C1", 1).isPresent());
    assertEquals(1, lookups.get(), "the group's members are cached");
  }
}
