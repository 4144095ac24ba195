package dev.platformconsultant.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.adr.AdrRequest;
import dev.platformconsultant.model.Turn;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreadAdrRequestTest {
  @Test
  void aThreadBecomesARequestTitledByItsFirstQuestionWithItsPeopleAndALinkBack() {
    List<Turn> turns =
        List.of(
            Turn.user("<@U0BOB>: Should we use Argo CD or Flux to deploy staging?\nDetails below."),
            Turn.assistant("Argo CD gives you a UI; Flux is lighter."),
            Turn.user("<@U0CAROL>: We already run Argo CD in prod."),
            Turn.user("<@U0BOB>: Agreed, Argo CD."));

    AdrRequest request = ThreadAdrRequest.from(turns, "C0001", "1764029000.000100", "clicked");

    assertEquals("Should we use Argo CD or Flux to deploy staging?", request.title());
    assertEquals(List.of("<@U0BOB>", "<@U0CAROL>"), request.participants());
    assertEquals(Optional.of("https://slack.com/archives/C0001/p1764029000000100"), request.link());
    String material = request.material().orElseThrow();
    assertTrue(material.startsWith("Participants: <@U0BOB>, <@U0CAROL>\n"), material);
    assertTrue(material.contains("\n(consultant) Argo CD gives you a UI"), material);
    assertTrue(material.indexOf("We already run") < material.indexOf("Agreed, Argo CD"), material);
  }

  @Test
  void aThreadWithoutAPersonsMessageIsTitledByTheClickedMessageCutToTheLimit() {
    String clicked = "x".repeat(300);

    AdrRequest request = ThreadAdrRequest.from(List.of(), "C0001", "1.2", clicked);

    assertEquals(ThreadAdrRequest.MAX_TITLE, request.title().length());
    assertTrue(request.title().endsWith("…"));
  }

  @Test
  void anEmptyThreadStillGetsATitle() {
    assertEquals(
        "Decision from a Slack thread",
        ThreadAdrRequest.from(List.of(), "C0001", "1.2", "").title());
  }
}
