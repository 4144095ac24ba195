package dev.platformconsultant.text;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;

/**
 * Counts and cuts text in BPE tokens (o200k_base, the encoding of current OpenAI models). Other
 * providers tokenize differently, but within a few percent for English and French prose, which is
 * the precision a prompt budget needs. Thread-safe.
 */
public final class TokenCounter {
  private final Encoding encoding;

  public TokenCounter() {
    this.encoding = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
  }

  public int count(String text) {
    return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
  }

  /** The longest prefix of {@code text} that fits in {@code maxTokens}. */
  public String truncate(String text, int maxTokens) {
    if (maxTokens <= 0) {
      return "";
    }
    IntArrayList tokens = encoding.encodeOrdinary(text);
    if (tokens.size() <= maxTokens) {
      return text;
    }
    IntArrayList kept = new IntArrayList(maxTokens);
    for (int i = 0; i < maxTokens; i++) {
      kept.add(tokens.get(i));
    }
    return encoding.decode(kept);
  }
}
