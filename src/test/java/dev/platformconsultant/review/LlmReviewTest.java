package dev.platformconsultant.review;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.model.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The review with an LLM stand-in answering good, partial and malformed structured reviews. */
class LlmReviewTest {
  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ObjectMapper json = new ObjectMapper();

  private DesignReviewer reviewer() {
    return TestApp.wire(
            TestApp.withReviewChecklist(TestApp.llmEnv("openai", llm.baseUrl() + "/v1")))
        .reviewer();
  }

  /** An OpenAI chat completion whose message content is {@code content}. */
  private String completion(String content) {
    ObjectNode body = (ObjectNode) json.valueToTree(json.createObjectNode());
    try {
      body = (ObjectNode) json.readTree(TestApp.resource("llm/openai-chat.json"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    ((ObjectNode) body.get("choices").get(0).get("message")).put("content", content);
    return body.toString();
  }

  @Test
  void aValidStructuredReviewIsReadWithItsSources() {
    llm.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(completion(TestApp.resource("review/llm-review-good.json")))));

    Review review = reviewer().review(TestApp.resource("review/planted-problems.md"));

    assertEquals(Mode.LLM, review.mode());
    assertTrue(review.warning().isEmpty());
    assertEquals(Severity.CRITICAL, review.findings().getFirst().severity());
    assertEquals(Area.SECURITY, review.findings().getFirst().area());
    assertTrue(
        review.findings().getFirst().source().startsWith("design-review-checklist#"),
        review.findings().getFirst().source());
    assertEquals(4, review.findings().size());
    String sent = llm.getAllServeEvents().getFirst().getRequest().getBodyAsString();
    assertTrue(
        sent.contains("<design>") && sent.contains("password: S3cr3t-Orders-2026!"),
        "the design is fenced as data");
    assertTrue(
        sent.contains("design-review-checklist#"), "the checklist passages are in the prompt");
  }

  @Test
  void aPartialAnswerIsAskedForOnceMore() {
    llm.stubFor(
        post("/v1/chat/completions")
            .inScenario("retry")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        completion("{\"summary\": \"An orders service.\", \"findings\": []}")))
            .willSetStateTo("asked again"));
    llm.stubFor(
        post("/v1/chat/completions")
            .inScenario("retry")
            .whenScenarioStateIs("asked again")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(completion(TestApp.resource("review/llm-review-good.json")))));

    Review review = reviewer().review(TestApp.resource("review/planted-problems.md"));

    llm.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    assertEquals(Mode.LLM, review.mode());
    String second = llm.getAllServeEvents().getFirst().getRequest().getBodyAsString();
    assertTrue(
        second.contains("could not be used") && second.contains("strengths"),
        "the second request says what was wrong");
  }

  @Test
  void aMalformedAnswerTwiceFallsBackToTheChecklistReviewAndSaysWhy() {
    llm.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        completion(
                            "Sure! Here is my review: the design looks fine {severity: high"))));

    Review review = reviewer().review(TestApp.resource("review/planted-problems.md"));

    llm.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    assertEquals(Mode.OFFLINE, review.mode());
    assertTrue(
        review.warning().orElseThrow().startsWith("Fallback: the LLM's review was invalid twice"),
        review.warning().toString());
    assertFalse(ReviewMarkdown.render(review).contains("Sure! Here is"), "garbage is never shown");
    assertEquals(Severity.CRITICAL, review.findings().getFirst().severity());
  }

  @Test
  void aFailingProviderFallsBackToo() {
    llm.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(503)));

    Review review = reviewer().review(TestApp.resource("review/planted-problems.md"));

    assertEquals(Mode.OFFLINE, review.mode());
    assertTrue(review.warning().orElseThrow().contains("did not answer"));
  }
}
