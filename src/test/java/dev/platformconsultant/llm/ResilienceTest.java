package dev.platformconsultant.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.consultant.Consultant;
import dev.platformconsultant.consultant.Mode;
import dev.platformconsultant.consultant.Question;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bounded retries with back-off, no retry of a refusal, and a circuit breaker that stops calling.
 */
class ResilienceTest {
  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private Consultant consultant(int retries) {
    Map<String, String> env = TestApp.llmEnv("openai", llm.baseUrl() + "/v1");
    env.put("LLM_MAX_RETRIES", String.valueOf(retries));
    return TestApp.wire(env).consultant();
  }

  @Test
  void aTransientFailureIsRetriedAndTheAnswerComesFromTheLlm() {
    llm.stubFor(
        post("/v1/chat/completions")
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    llm.stubFor(
        post("/v1/chat/completions")
            .inScenario("flaky")
            .whenScenarioStateIs("up")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(TestApp.resource("llm/openai-chat.json"))));

    Answer answer =
        consultant(2).answer(Question.of("How should we define SLOs for a payment API?"));

    assertEquals(Mode.LLM, answer.mode());
    llm.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
  }

  @Test
  void aRefusalIsNotRetried() {
    llm.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse().withStatus(401).withBody("{\"error\":{\"message\":\"bad key\"}}")));

    Answer answer =
        consultant(2).answer(Question.of("How should we define SLOs for a payment API?"));

    assertEquals(Mode.OFFLINE, answer.mode());
    llm.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
  }

  @Test
  void aProviderThatKeepsFailingIsNoLongerCalledAndAnswersComeAtOnceFromTheKnowledgeBase() {
    llm.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(500)));
    Consultant consultant = consultant(0);
    for (int i = 0; i < 8; i++) {
      consultant.answer(Question.of("error budget " + i));
    }
    int calls = llm.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).size();

    Answer answer = consultant.answer(Question.of("How should we define SLOs for a payment API?"));

    assertEquals(
        calls,
        llm.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).size(),
        "the breaker is open");
    assertTrue(calls <= 8);
    assertEquals(Mode.OFFLINE, answer.mode());
    assertTrue(answer.markdown().contains("has been failing"), answer.markdown());
  }
}
