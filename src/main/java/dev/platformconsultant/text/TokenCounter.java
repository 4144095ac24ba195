package dev.platformconsultant.text;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;

/**
 * Counts and cuts text in BPE tokens (o200k_base, the encoding of current OpenAI models). Other
 * providers tokenize differently, but within a few percent for English and French prose, which is
 * the precision a prompt budget needs. Thread-safe, and cheap to create: every counter shares one
 * parsed encoding.
 */
public final class TokenCounter {
  /**
   * The parsed o200k_base encoding, built on first use. Parsing its 200,000 ranks takes about half
   * a second, so it is done once per process rather than once per counter; the encoding is
   * immutable and thread-safe (jtokkit), so sharing it is sharing a constant, not state.
   */
  private static final class O200k {
    static final Encoding ENCODING =
        Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
  }

  private final Encoding encoding;

  public TokenCounter() {
    this.encoding = O200k.ENCODING;
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
