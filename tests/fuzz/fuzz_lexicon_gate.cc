// Fuzz target: the word look-up that lets a sentence skip a check's lexicon
// patterns (match/lexicon_gate.h). Input: one flag byte (bit 0:
// case-insensitive), a lexicon phrase up to the first newline, then a
// document. Wherever RE2 finds the phrase between word boundaries (compiled
// as a lexicon phrase is, rules/pattern_expander.h) in the document or in a
// piece of it cut anywhere, the gate must let that text through, and each
// place RE2 finds it must lie between the bounds the gate's places give: a
// wrong answer would skip a sentence, or the part of one, holding a vague
// source.
#include <re2/re2.h>

#include "fuzz_support.h"
#include "match/lexicon_gate.h"
#include "rules/pattern_expander.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<qa::fuzz::LineAndText> input = qa::fuzz::ReadLineAndText(data, size);
  if (!input) return 0;
  const std::string& phrase = input->line;
  const std::string& document = input->text;
  qa::LexiconGate gate;
  gate.Add({"unrelated words", "another_one"});
  const uint32_t bit = gate.Add({phrase});
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(input->case_sensitive);
  RE2 re("\\b(?:" + qa::PhraseRegex(phrase) + ")\\b", options);
  if (!re.ok()) return 0;
  auto check = [&](std::string_view text) {
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
  return 0;
}
