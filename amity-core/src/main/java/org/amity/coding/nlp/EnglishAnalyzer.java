package org.amity.coding.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.amity.coding.dict.Words;

/**
 * Sentences, tokens, tags and lemmas for one thread (OpenNLP's tools are not thread-safe; make one
 * analyzer per thread, the models are shared).
 *
 * <p>Lemmas: OpenNLP's statistical lemmatizer is by far the slowest stage when run on whole
 * sentences (about 1.7 ms a sentence here), and a word's lemma hardly depends on its neighbours
 * once its tag is known. So each (word, tag) pair is lemmatised once, on its own, and remembered in
 * a table shared by all threads; the result depends only on the pair, never on what was read
 * before.
 */
public final class EnglishAnalyzer {
  private static final int LEMMA_TABLE_LIMIT = 500_000;
  private static final Map<String, String> LEMMAS = new ConcurrentHashMap<>();

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;
  private final LemmatizerME lemmatizer;

  public EnglishAnalyzer() {
    EnglishModels m = EnglishModels.get();
    sentences = new SentenceDetectorME(m.sentences);
    tokenizer = new TokenizerME(m.tokens);
    tagger = new POSTaggerME(m.pos, POSTagFormat.UD);
    lemmatizer = new LemmatizerME(m.lemmas);
  }

  /** The sentences of a text, white space collapsed. */
  public List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : sentences.sentDetect(text.replaceAll("\\s+", " ").trim())) {
      if (s.isBlank()) {
        continue;
      }
      int last = out.size() - 1;
      if (last >= 0 && endsWithAbbreviation(out.get(last)) && Character.isLowerCase(s.charAt(0))) {
        out.set(last, out.get(last) + " " + s.trim()); // "The K.U. team met ...": one sentence
      } else {
        out.add(s.trim());
      }
    }
    return out;
  }

  /** Whether a text ends with single letters joined by periods ("K.U.", "U.S."). */
  private static boolean endsWithAbbreviation(String text) {
    int start = text.lastIndexOf(' ') + 1;
    String last = text.substring(start);
    return last.endsWith(".") && dottedLetters(last.substring(0, last.length() - 1));
  }

  /** Tokenises, tags and lemmatises one sentence. */
  public TaggedSentence analyze(String sentence) {
    return tag(sentence, tokenize(sentence));
  }

  /** The tokens of a sentence, before tagging. */
  public String[] tokenize(String sentence) {
    return rejoinAbbreviations(
        tokenizer.tokenize(shouting(sentence) ? sentence.toLowerCase(Locale.ROOT) : sentence));
  }

  /**
   * Gives an abbreviation inside a sentence its last period back: the tokenizer reads "The K.U.
   * team" as K.U, a full stop and TEAM, which cuts the name from the words after it. The period of
   * the sentence's last token stays the sentence's own.
   */
  static String[] rejoinAbbreviations(String[] tokens) {
    List<String> out = null;
    for (int i = 0; i < tokens.length; i++) {
      boolean rejoin =
          i + 2 < tokens.length && tokens[i + 1].equals(".") && dottedLetters(tokens[i]);
      if (rejoin && out == null) {
        out = new ArrayList<>(List.of(tokens).subList(0, i));
      }
      if (out != null) {
        out.add(rejoin ? tokens[i] + "." : tokens[i]);
      }
      if (rejoin) {
        i++;
      }
    }
    return out == null ? tokens : out.toArray(String[]::new);
  }

  /** Single letters joined by periods, without the last one: "K.U", "U.S". */
  private static boolean dottedLetters(String t) {
    if (t.length() < 3 || t.length() % 2 == 0) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (i % 2 == 0 ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Tags and lemmatises the tokens of {@code sentence}. */
  public TaggedSentence tag(String sentence, String[] tokens) {
    return build(sentence, tokens, tagger.tag(tokens));
  }

  /** The tokens in the dictionaries' normal form, without tagging. */
  public static String[] words(String[] tokens) {
    List<String> out = new ArrayList<>(tokens.length + 4);
    for (String t : tokens) {
      Words.addNormal(out, t);
    }
    return out.toArray(String[]::new);
  }

  /**
   * Whether a sentence is written in capitals (old telex-style reports): the tagger, trained on
   * ordinary text, reads such words as proper nouns, so it is given the sentence in lower case.
   * Dictionary matching ignores case either way.
   */
  static boolean shouting(String sentence) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 20 && upper * 10 >= letters * 8;
  }

  /** A sentence whose tokens and tags come from elsewhere (a supplied parse), lemmatised here. */
  public TaggedSentence fromTagged(String sentence, String[] tokens, String[] udTags) {
    return build(sentence, tokens, udTags);
  }

  /**
   * Words the UD model tags SCONJ that introduce a clause; any other SCONJ ("of" in "efforts of
   * Eriadori", which the model sometimes tags so) is read as a preposition.
   */
  private static final java.util.Set<String> SUBORDINATORS =
      java.util.Set.of(
          "THAT",
          "IF",
          "WHETHER",
          "BECAUSE",
          "ALTHOUGH",
          "THOUGH",
          "WHILE",
          "WHEN",
          "AFTER",
          "BEFORE",
          "SINCE",
          "UNTIL",
          "UNLESS",
          "AS",
          "ONCE",
          "WHEREAS",
          "SO",
          "WHERE",
          "TILL");

  /**
   * Splits contractions the model keeps whole and tags with two tags ("isn't" AUX+PART) into the
   * Treebank form the dictionaries are written for ("IS N'T").
   */
  private static void splitContractions(
      List<String> tokens, List<String> tags, String token, String tag) {
    String lower = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    int plus = tag.indexOf('+');
    if (lower.length() > 3 && lower.endsWith("n't")) {
      tokens.add(token.substring(0, token.length() - 3));
      tokens.add(token.substring(token.length() - 3));
      tags.add(plus > 0 ? tag.substring(0, plus) : "AUX");
      tags.add("PART");
      return;
    }
    tokens.add(token);
    tags.add(plus > 0 ? tag.substring(0, plus) : tag);
  }

  private TaggedSentence build(String sentence, String[] rawTokens, String[] rawTags) {
    List<String> tokenList = new ArrayList<>(rawTokens.length + 2);
    List<String> tagList = new ArrayList<>(rawTokens.length + 2);
    for (int i = 0; i < rawTokens.length; i++) {
      splitContractions(tokenList, tagList, rawTokens[i], rawTags[i]);
    }
    String[] tokens = tokenList.toArray(String[]::new);
    String[] tags = tagList.toArray(String[]::new);
    List<String> words = new ArrayList<>(tokens.length + 4);
    List<String> surface = new ArrayList<>(tokens.length + 4);
    List<String> outTags = new ArrayList<>(tokens.length + 4);
    List<String> lemmas = new ArrayList<>(tokens.length + 4);
    List<String> parts = new ArrayList<>(4);
    for (int i = 0; i < tokens.length; i++) {
      parts.clear();
      Words.addNormal(parts, tokens[i]);
      int from = 0;
      for (int p = 0; p < parts.size(); p++) {
        String w = parts.get(p);
        boolean split = parts.size() > 1;
        String tag = split && (w.equals("-") || w.equals("'S")) ? partTag(w) : tags[i];
        if (tag.equals("SCONJ") && !SUBORDINATORS.contains(w)) {
          tag = "ADP";
        }
        words.add(w);
        int len = Math.min(w.length(), tokens[i].length() - from);
        surface.add(
            split && from + len <= tokens[i].length()
                ? tokens[i].substring(from, from + len)
                : tokens[i]);
        from += len;
        outTags.add(tag);
        lemmas.add(lemma(w, tag));
      }
    }
    return new TaggedSentence(
        sentence,
        words.toArray(String[]::new),
        surface.toArray(String[]::new),
        outTags.toArray(String[]::new),
        lemmas.toArray(String[]::new));
  }

  private static String partTag(String w) {
    return w.equals("-") ? "PUNCT" : "PART";
  }

  private String lemma(String word, String tag) {
    if (!tag.equals("VERB") && !tag.equals("NOUN") && !tag.equals("AUX") && !tag.equals("ADJ")) {
      return word;
    }
    String key = word + '|' + tag;
    String l = LEMMAS.get(key);
    if (l == null) {
      String[] out =
          lemmatizer.lemmatize(new String[] {word.toLowerCase(Locale.ROOT)}, new String[] {tag});
      l = out.length == 0 || out[0].equals("O") ? word : out[0].toUpperCase(Locale.ROOT);
      if (LEMMAS.size() < LEMMA_TABLE_LIMIT) {
        LEMMAS.put(key, l);
      }
    }
    return l;
  }
}
