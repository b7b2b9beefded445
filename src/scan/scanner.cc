#include "scan/scanner.h"

#include "scan/attributor.h"
#include "scan/document_tokens.h"
#include "scan/entity_registry.h"
#include "scan/name_collector.h"
#include "scan/nested_attribution.h"
#include "scan/noun_phrase.h"
#include "scan/quote_classifier.h"
#include "scan/quote_finder.h"
#include "scan/text_layout.h"
#include "scan/text_tokens.h"
#include "scan/word_sets.h"

namespace qa {
namespace {

bool IsAbbreviation(std::string_view word_with_period, const void* abbreviations) {
  return static_cast<const PhraseSet*>(abbreviations)->Contains(word_with_period);
}

}  // namespace

Scanner::Scanner() = default;
Scanner::~Scanner() = default;

std::unique_ptr<Scanner> Scanner::Create(const RuleSet& rules, std::vector<RuleError>* errors) {
  std::unique_ptr<Scanner> scanner(new Scanner());
  scanner->words_ = std::make_unique<WordSets>(rules);
  const WordSets& words = *scanner->words_;
  scanner->phrases_ = std::make_unique<NounPhraseClassifier>(words);
  scanner->attributor_ = Attributor::Create(rules, words, *scanner->phrases_, errors);
  if (scanner->attributor_ == nullptr) return nullptr;
  scanner->tokenizer_ = std::make_unique<Tokenizer>(&IsAbbreviation, &words.abbreviations);
  scanner->finder_ = std::make_unique<QuoteFinder>(words.elisions, words.speech_verbs);
  scanner->classifier_ = std::make_unique<QuoteClassifier>(rules, words);
  scanner->reader_ = std::make_unique<SpeakerPhraseReader>(*scanner->phrases_);
  scanner->nested_ = std::make_unique<OuterSourceFinder>(words, *scanner->reader_);
  return scanner;
}

// The scan, one step after another; each step is one file with plain data
// in and out (docs/architecture.md draws them).
ScanResult Scanner::Scan(const Document& document, ScanOptions options) const {
  // 1. Quote marks found and paired; apostrophes and broken marks told apart.
  QuoteFinderResult found = finder_->Find(document);
  ScanResult result;
  result.quotes = std::move(found.quotes);
  result.mark_problems = std::move(found.problems);
  // 2. Sentences, and the sentence and paragraph of every quote.
  TextLayout layout =
      LayOutText(document, &result.quotes, words_->abbreviations, &words_->speech_verbs);
  // 3. Words and marks with their byte spans, once for every later step,
  // 4. and as each slice's are made, every name outside quotes into the
  //    entity registry (datelines left out).
  EntityRegistry registry(*phrases_);
  registry.SetSentenceParagraphs(&layout.sentence_paragraph);
  NameCollector names(layout, result.quotes, &registry);
  DocumentTokens tokens(
      document, layout, *tokenizer_,
      [&names](const DocumentTokens::Slice& slice, std::vector<Token>* slice_tokens) {
        names.Read(slice, slice_tokens);
      });
  names.Finish();
  // 5. Attribution: the windows around each quote, candidate cues ranked,
  //    the speaker phrase read and resolved. Subheads are titles, skipped.
  std::vector<bool> subheads = classifier_->FindSubheads(document, layout, tokens, result.quotes);
  attributor_->Attribute(document, layout, tokens, subheads, &registry, &result.quotes,
                         options.explain);
  //    A quote inside what a document or organisation reports goes to it.
  nested_->Apply(document, layout, tokens, &registry, &result.quotes, options.explain);
  // 6. Each quote's kind: direct, partial, scare quote or title.
  classifier_->ClassifyAll(document, layout, tokens, subheads, &result.quotes, options.explain);
  result.entities = registry.TakeEntities();
  result.sentences = std::move(layout.sentences);
  return result;
}

}  // namespace qa
