package dev.platformconsultant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * BM25 over the sections, in memory. Each section is indexed twice, once per language analysis, in
 * four fields (title, aliases, heading, body) weighted so that a document's own vocabulary (its
 * aliases and headings) counts more than a passing mention in a body. Thread-safe once built.
 */
final class LexicalIndex {
  private static final Map<String, Float> FIELD_BOOSTS =
      Map.of("title", 2.0f, "aliases", 2.0f, "heading", 2.5f, "body", 1.0f);
  private static final Map<String, Analyzer> LANGUAGES =
      Map.of("en", Analyzers.english(), "fr", Analyzers.french());

  private final List<Chunk> chunks;
  private final IndexSearcher searcher;

  LexicalIndex(List<Chunk> chunks) {
    this.chunks = List.copyOf(chunks);
    this.searcher = build(this.chunks);
  }

  /** One hit: the chunk's position in the list given to the constructor, and its BM25 score. */
  record Hit(int chunk, double score) {}

  List<Hit> search(String query, int limit) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    for (var language : LANGUAGES.entrySet()) {
      QueryBuilder builder = new QueryBuilder(language.getValue());
      for (var field : FIELD_BOOSTS.entrySet()) {
        Query q =
            builder.createBooleanQuery(
                field.getKey() + "_" + language.getKey(), query, BooleanClause.Occur.SHOULD);
        if (q != null) {
          all.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
    }
    if (clauses == 0) {
      return List.of();
    }
    try {
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc doc : searcher.search(all.build(), limit).scoreDocs) {
        hits.add(new Hit(doc.doc, doc.score));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A long question (a pasted file, a thread) is about many things: a passage that matches a
   * handful of its terms is on topic, so the share is taken of at most this many terms.
   */
  static final int COVERAGE_TERMS = 6;

  /** Share of the query's meaningful terms that the chunk contains, best of the two analyses. */
  double coverage(String query, int chunk) {
    double best = 0;
    for (var language : LANGUAGES.entrySet()) {
      Set<String> wanted = Analyzers.terms(language.getValue(), query);
      if (wanted.isEmpty()) {
        continue;
      }
      Set<String> present = chunks.get(chunk).terms(language.getKey());
      long found = wanted.stream().filter(present::contains).count();
      best =
          Math.max(best, Math.min(1.0, (double) found / Math.min(wanted.size(), COVERAGE_TERMS)));
    }
    return best;
  }

  static Map<String, Set<String>> termsOf(String text) {
    return Map.of(
        "en",
        Analyzers.terms(LANGUAGES.get("en"), text),
        "fr",
        Analyzers.terms(LANGUAGES.get("fr"), text));
  }

  private static IndexSearcher build(List<Chunk> chunks) {
    Map<String, Analyzer> perField = new java.util.HashMap<>();
    for (var language : LANGUAGES.entrySet()) {
      for (String field : FIELD_BOOSTS.keySet()) {
        perField.put(field + "_" + language.getKey(), language.getValue());
      }
    }
    Analyzer analyzer = new PerFieldAnalyzerWrapper(LANGUAGES.get("en"), perField);
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Chunk chunk : chunks) {
        Document doc = new Document();
        doc.add(new StoredField("id", chunk.passage().id()));
        for (String language : LANGUAGES.keySet()) {
          doc.add(new TextField("title_" + language, chunk.passage().title(), Field.Store.NO));
          doc.add(new TextField("aliases_" + language, chunk.aliases(), Field.Store.NO));
          doc.add(new TextField("heading_" + language, chunk.passage().heading(), Field.Store.NO));
          doc.add(new TextField("body_" + language, chunk.passage().text(), Field.Store.NO));
        }
        writer.addDocument(doc);
      }
      // One segment keeps doc ids equal to list positions, which Hit relies on.
      writer.forceMerge(1);
      writer.commit();
      return new IndexSearcher(DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
