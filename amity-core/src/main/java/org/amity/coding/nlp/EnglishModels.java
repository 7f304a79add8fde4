package org.amity.coding.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English models (Universal Dependencies, English Web Treebank), loaded once from the
 * model jars on the class path. Models are thread-safe; the tools made from them are not.
 */
final class EnglishModels {
  static final String VERSION = "1.3-2.5.4";

  final SentenceModel sentences;
  final TokenizerModel tokens;
  final POSModel pos;
  final LemmatizerModel lemmas;

  private static volatile EnglishModels shared;

  private EnglishModels() throws IOException {
    sentences = new SentenceModel(open("opennlp-en-ud-ewt-sentence-" + VERSION + ".bin"));
    tokens = new TokenizerModel(open("opennlp-en-ud-ewt-tokens-" + VERSION + ".bin"));
    pos = new POSModel(open("opennlp-en-ud-ewt-pos-" + VERSION + ".bin"));
    lemmas = new LemmatizerModel(open("opennlp-en-ud-ewt-lemmas-" + VERSION + ".bin"));
  }

  static EnglishModels get() {
    EnglishModels m = shared;
    if (m == null) {
      synchronized (EnglishModels.class) {
        if (shared == null) {
          try {
            shared = new EnglishModels();
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
          }
        }
        m = shared;
      }
    }
    return m;
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = EnglishModels.class.getResourceAsStream("/" + name);
    if (in == null) {
      throw new IOException(
          "OpenNLP model " + name + " is not on the class path (opennlp-models-*-en 1.3.0)");
    }
    return in;
  }
}
