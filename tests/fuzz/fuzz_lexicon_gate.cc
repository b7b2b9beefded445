// Fuzz target: the word look-up that lets a sentence skip a check's lexicon
// patterns (match/lexicon_gate.h). Input: one flag byte (bit 0:
// case-insensitive), a lexicon phrase up to the first newline, then a
// document. Wherever RE2 finds the phrase between word boundaries (compiled
// as a lexicon phrase is, rules/pattern_expander.h) in the document or in a
// piece of it cut anywhere, the gate must let that text through, and each
// place RE2 finds it must lie between the bounds the gate's places give: a
// wrong answer would skip a sentence, or the part of one, holding a vague
// source. And the document's sentences read from the paragraph words the
// text-comparing checks read (checks/sentence_lexicons.h) must get the
// gate's own answers and places for each. And where RE2 finds the phrase
// followed, a few allowed words on, by a verb (vague-source's subject
// form), WordGap (checks/word_gap.h) must say that it may be there.
#include <re2/re2.h>

#include "checks/check_text.h"
#include "checks/paragraph_words.h"
#include "checks/sentence_lexicons.h"
#include "checks/word_gap.h"
#include "fuzz_support.h"
#include "io/plain_text_reader.h"
#include "match/lexicon_gate.h"
#include "rules/pattern_expander.h"

namespace {

// Units cut every `step` bytes (a sentence may end anywhere, inside a word
// too), compared unit by unit with the gate reading each unit's text.
void CheckSentencesFromWords(const qa::LexiconGate& gate, const qa::Document& document,
                             size_t step) {
  qa::ScanResult scan;
  for (size_t begin = 0; begin < document.text.size(); begin += step) {
    scan.sentences.push_back({begin, std::min(document.text.size(), begin + step)});
  }
  qa::ParagraphWords words(document);
  std::vector<qa::Word> scratch;
  words.Of(0, &scratch);
  const qa::SentenceLexicons shared(document, scan, &words);
  const std::vector<qa::Span> units = qa::SearchUnits(document, scan);
  for (size_t u = 0; u < units.size(); ++u) {
    const std::string_view text = document.Text(units[u]);
    qa::LexiconGate::Places own;
    qa::LexiconGate::Places read;
    const uint32_t found = shared.MayOccur(gate, u, units[u], &read);
    qa::fuzz::Require(found == gate.MayOccur(text, &own), "words held answer otherwise");
    qa::fuzz::Require(read.anywhere == own.anywhere,
                      "words held see a folding character otherwise");
    for (uint32_t bit = 1; bit != 0 && bit <= own.found; bit <<= 1) {
      qa::fuzz::Require(gate.EarliestStart(text, read, bit) == gate.EarliestStart(text, own, bit),
                        "words held place an earliest start otherwise");
      qa::fuzz::Require(gate.LatestEnd(text, read, bit) == gate.LatestEnd(text, own, bit),
                        "words held place a latest end otherwise");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<qa::fuzz::LineAndText> input = qa::fuzz::ReadLineAndText(data, size);
  if (!input) return 0;
  const std::string& phrase = input->line;
  const std::string& document = input->text;
  qa::LexiconGate gate;
  gate.Add({"unrelated words", "another_one"});
  const std::vector<std::string> phrases = {phrase};
  const uint32_t bit = gate.Add(phrases);
  const std::vector<std::string> verbs = {"said", "played down"};
  const std::vector<std::string> auxiliaries = {"would", "have long"};
  const uint32_t verb_bit = gate.Add(verbs);
  const size_t phrase_words = qa::LexiconGate::MostWords(phrases);
  const qa::WordGap gap(gate, {bit,
                               verb_bit,
                               {&phrases, &auxiliaries, &verbs},
                               true,
                               (phrase_words == 0 ? 0 : phrase_words - 1) + 2 * 2 + 1});
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(input->case_sensitive);
  RE2 re("\\b(?:" + qa::PhraseRegex(phrase) + ")\\b", options);
  RE2 side_by_side(
      "\\b(?:" + qa::PhraseRegex(phrase) +
          ")\\s+(?:(?:would|have\\s+long|[a-z]+ly)\\s+){0,2}(?:said|played\\s+down)\\b",
      options);
  if (!re.ok() || !side_by_side.ok()) return 0;
  auto check = [&](std::string_view text) {
    if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), side_by_side)) {
      std::vector<qa::LexiconGate::Hit> hits;
      if (gate.ReadHits(text, &hits)) {
        qa::fuzz::Require(gap.MayMatch(text, hits), "phrases side by side were ruled out");
      }
    }
    if (!RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re)) return;
    qa::fuzz::Require((gate.MayOccur(text) & bit) != 0, "a phrase RE2 finds was ruled out");
    // And every place RE2 finds it lies between the bounds the gate gives.
    qa::LexiconGate::Places places;
    gate.MayOccur(text, &places);
    const size_t earliest = gate.EarliestStart(text, places, bit);
    const size_t latest = gate.LatestEnd(text, places, bit);
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece match;
    for (size_t pos = 0;
         pos <= text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1);) {
      const auto begin = static_cast<size_t>(match.data() - text.data());
      const size_t end = begin + match.size();
      qa::fuzz::Require(begin >= earliest, "a phrase starts before the gate's earliest start");
      qa::fuzz::Require(end <= latest, "a phrase ends after the gate's latest end");
      pos = end > pos ? end : pos + 1;
    }
  };
  check(document);
  // Pieces cut anywhere, even inside a word or a UTF-8 sequence.
  for (size_t begin = 0; begin < document.size() && begin < 32; begin += 3) {
    for (size_t length : {size_t{1}, size_t{5}, size_t{17}, document.size()}) {
      check(std::string_view(document).substr(begin, length));
    }
  }
  qa::LoadResult loaded = qa::LoadPlainText("fuzz.txt", document);
  if (loaded.document) {
    for (size_t step : {size_t{7}, size_t{40}, size_t{1000}}) {
      CheckSentencesFromWords(gate, *loaded.document, step);
    }
  }
  return 0;
}
