#include "scan/attributor.h"

#include <algorithm>

#include "scan/attribution_rules.h"
#include "scan/entity_registry.h"
#include "scan/quote_classifier.h"
#include "scan/quote_marks.h"
#include "scan/sentence_splitter.h"
#include "scan/speaker_phrase.h"
#include "scan/text_tokens.h"
#include "scan/word_sets.h"

namespace qa {
namespace {

// Windows never reach further than this from the quote: attribution is
// local, and the cap keeps a 50 MB one-sentence file linear.
constexpr size_t kWindowBytes = 480;

// Between a quote and its cue ("...," Rep. Ann Lee (D-Ore.), a panel
// member, said) there is room for a name and a short apposition, no more.
constexpr size_t kMaxAfterSpeakerTokens = 18;

// Names are collected from slices of at most about this many bytes.
constexpr size_t kNameSliceBytes = 64 * 1024;

// Confidence of a quote that continues the previous speaker's quote.
constexpr double kContinuationConfidence = 0.8;
constexpr double kDistantContinuationConfidence = 0.6;
constexpr double kNextParagraphConfidence = 0.7;

bool IsAbbreviationFor(std::string_view word, const void* context) {
  return static_cast<const PhraseSet*>(context)->Contains(word);
}

size_t IndexOf(const std::vector<Span>& spans, size_t pos) {
  // The last span starting at or before pos.
  auto it = std::upper_bound(spans.begin(), spans.end(), pos,
                             [](size_t p, const Span& s) { return p < s.begin; });
  return it == spans.begin() ? 0 : static_cast<size_t>(it - spans.begin() - 1);
}

bool OnlySpaceOrPunctuation(std::string_view text) {
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0xC3)
      return false;
  }
  return true;
}

// Tokens of a dateline opening a paragraph ("PORTVALE (Wirefax) —",
// "PORTVALE, Kestrel County (Wirefax) —"): a place in capitals, an optional
// region after a comma and an optional agency in parentheses, closed by a
// dash. Names there never speak and never stand behind a pronoun. 0 if the
// tokens open with no dateline.
size_t DatelineLength(const std::vector<Token>& tokens) {
  constexpr size_t kMaxTokens = 12;
  auto all_caps = [](std::string_view word) {
    size_t letters = 0;
    for (char c : word) {
      if (c >= 'a' && c <= 'z') return false;
      if (c >= 'A' && c <= 'Z') ++letters;
    }
    return letters >= 3;
  };
  size_t i = 0;
  while (i < tokens.size() && tokens[i].word && all_caps(tokens[i].text)) ++i;
  if (i == 0) return 0;
  if (i < tokens.size() && tokens[i].text == ",") {
    ++i;
    while (i < tokens.size() && tokens[i].word && tokens[i].capitalized) ++i;
  }
  if (i < tokens.size() && tokens[i].text == "(") {
    while (i < tokens.size() && tokens[i].text != ")" && i < kMaxTokens) ++i;
    if (i < tokens.size() && tokens[i].text == ")") ++i;
  }
  if (i >= tokens.size() || i > kMaxTokens || tokens[i].word) return 0;
  std::string_view dash = tokens[i].text;
  bool is_dash = dash == "\xE2\x80\x94" || dash == "\xE2\x80\x93" || dash == "-" || dash == "--";
  return is_dash ? i + 1 : 0;
}

bool EndsClause(std::string_view text, const Quote& quote, Span after) {
  size_t i = TrimTrailingClosers(text, quote.inner.begin, quote.inner.end);
  if (i > quote.inner.begin) {
    char c = text[i - 1];
    if (c == ',' || c == '.' || c == '?' || c == '!' || c == ';') return true;
  }
  size_t j = after.begin;
  while (j < after.end && (text[j] == ' ' || text[j] == '\n' || text[j] == '\r')) ++j;
  if (j >= after.end) return true;
  char c = text[j];
  if (c == ',' || c == '.' || c == '?' || c == '!' || c == '-' || c == ';') return true;
  // Dashes (U+2013, U+2014, U+2015).
  return static_cast<unsigned char>(c) == 0xE2 && j + 2 < after.end &&
         static_cast<unsigned char>(text[j + 1]) == 0x80 &&
         static_cast<unsigned char>(text[j + 2]) >= 0x93 &&
         static_cast<unsigned char>(text[j + 2]) <= 0x95;
}

}  // namespace

// The state of attributing one document.
class Attributor::Run {
 public:
  Run(const Attributor& owner, const Document& document, ScanResult* result)
      : owner_(owner),
        doc_(document),
        text_(document.text),
        result_(result),
        tokenizer_(&IsAbbreviationFor, &owner.words_->abbreviations),
        registry_(*owner.reader_, *owner.words_) {}

  void Go();

 private:
  struct Candidate {
    const CompiledAttributionPattern* pattern;
    PatternMatch match;
    size_t order;
  };

  std::string Masked(Span window) const;
  Span CapBefore(Span window) const;
  Span CapAfter(Span window) const;
  bool TryWindow(size_t q, Window window, Span span, size_t sentence);
  bool TryCandidate(size_t q, const Candidate& candidate, const std::string& masked, Span span,
                    size_t sentence);
  bool TryContinuation(size_t q);
  bool IsSubhead(const Quote& quote) const;
  void CollectNames();
  void CollectNamesIn(Span sentence, size_t s, size_t* quote_cursor);

  const Attributor& owner_;
  const Document& doc_;
  std::string_view text_;
  ScanResult* result_;
  Tokenizer tokenizer_;
  EntityRegistry registry_;
  std::vector<size_t> quote_sentence_;      // sentence of each quote's opening mark
  std::vector<size_t> quote_end_sentence_;  // sentence of each quote's closing mark
  std::vector<size_t> sentence_paragraph_;
};

std::string Attributor::Run::Masked(Span window) const {
  // The window's text with every quote inside it blanked, so cues and names
  // inside quoted speech are never read as attribution.
  std::string masked(text_.substr(window.begin, window.size()));
  const auto& quotes = result_->quotes;
  auto it = std::lower_bound(quotes.begin(), quotes.end(), window.begin,
                             [](const Quote& q, size_t pos) { return q.span.end <= pos; });
  for (; it != quotes.end() && it->span.begin < window.end; ++it) {
    size_t b = std::max(it->span.begin, window.begin) - window.begin;
    size_t e = std::min(it->span.end, window.end) - window.begin;
    std::fill(masked.begin() + static_cast<long>(b), masked.begin() + static_cast<long>(e), ' ');
  }
  return masked;
}

Span Attributor::Run::CapBefore(Span window) const {
  if (window.size() <= kWindowBytes) return window;
  size_t begin = window.end - kWindowBytes;
  while (begin < window.end && (static_cast<unsigned char>(text_[begin]) & 0xC0) == 0x80) ++begin;
  return {begin, window.end};
}

Span Attributor::Run::CapAfter(Span window) const {
  if (window.size() <= kWindowBytes) return window;
  size_t end = window.begin + kWindowBytes;
  while (end > window.begin && (static_cast<unsigned char>(text_[end]) & 0xC0) == 0x80) --end;
  return {window.begin, end};
}

bool Attributor::Run::TryCandidate(size_t q, const Candidate& candidate, const std::string& masked,
                                   Span span, size_t sentence) {
  const auto& groups = candidate.match.groups;
  const auto& speaker = groups[static_cast<size_t>(candidate.pattern->speaker_group)];
  if (!speaker || speaker->empty()) return false;
  std::optional<Span> cue;
  if (candidate.pattern->cue_group >= 0)
    cue = groups[static_cast<size_t>(candidate.pattern->cue_group)];
  bool before_cue = cue && speaker->begin < cue->begin;
  std::string_view cue_text = cue ? text_.substr(cue->begin, cue->size()) : std::string_view();
  bool participle =
      before_cue && cue_text.size() > 4 && cue_text.substr(cue_text.size() - 3) == "ing";
  // "Trump took to Twitter to accuse ...": an infinitive cue's subject
  // also opens the clause.
  if (before_cue && !participle) {
    std::string_view lead(masked.data(), cue->begin - span.begin);
    while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
    participle = lead.size() >= 3 && lead.substr(lead.size() - 3) == " to";
  }
  // A participle cue's subject opens the clause: read from the window start.
  Span region_span = participle ? Span{span.begin, speaker->end} : *speaker;
  std::string_view region(masked.data() + (region_span.begin - span.begin), region_span.size());
  std::vector<Token> tokens = tokenizer_.Tokenize(region, region_span.begin);
  if (candidate.pattern->window == Window::kAfter && before_cue &&
      tokens.size() > kMaxAfterSpeakerTokens) {
    return false;  // too long to be "...," the minister said
  }
  SpeakerPhrase phrase = participle ? owner_.reader_->ReadSubjectAtStart(tokens)
                                    : owner_.reader_->Read(tokens, before_cue);
  if (phrase.form == PhraseForm::kNone) return false;
  std::string_view surface = text_.substr(phrase.mention.begin, phrase.mention.size());
  int entity = registry_.Resolve(phrase, sentence, surface);
  double confidence = candidate.pattern->confidence;
  std::string note;
  if (entity < 0) {
    // A pronoun with nothing to refer to: keep the pronoun as the source so
    // the editor sees who the copy says spoke.
    SpeakerPhrase bare = phrase;
    bare.form = PhraseForm::kVague;
    bare.name = std::string(surface);
    entity = registry_.Resolve(bare, sentence, surface);
    confidence *= 0.5;
    note = "; the pronoun has no antecedent";
  }
  Attribution& a = result_->quotes[q].attribution;
  a.entity = entity;
  a.mention = phrase.mention;
  a.cue = cue.value_or(Span{});
  a.rule = candidate.pattern->id;
  a.confidence = confidence;
  a.explanation = candidate.pattern->id + " (" + candidate.pattern->description + "): ";
  if (cue) a.explanation += "cue \"" + std::string(text_.substr(cue->begin, cue->size())) + "\", ";
  a.explanation += "source phrase \"" + std::string(surface) + "\"" + note;
  registry_.NoteSpeaker(entity, phrase.mention, sentence);
  return true;
}

bool Attributor::Run::TryWindow(size_t q, Window window, Span span, size_t sentence) {
  if (span.empty()) return false;
  std::string masked = Masked(span);
  // The text the patterns search: also hides a speech verb that ends a
  // place name ("the United States"), which is never a cue. Same offsets.
  std::string searched = masked;
  for (const Token& token : tokenizer_.Tokenize(masked, span.begin)) {
    if (!token.word || !token.capitalized || !owner_.words_->speech_verbs.Contains(token.text)) {
      continue;
    }
    std::vector<Token> lead = tokenizer_.Tokenize(
        std::string_view(masked).substr(0, token.span.end - span.begin), span.begin);
    if (owner_.words_->places.LongestMatchEndingAt(lead, lead.size()) > 1) {
      std::fill_n(searched.begin() + static_cast<long>(token.span.begin - span.begin),
                  token.span.size(), 'x');
    }
  }
  std::vector<Candidate> candidates;
  size_t order = 0;
  bool all_matches = window == Window::kSentenceBefore || window == Window::kPreviousSentence;
  for (const auto& pattern : owner_.rules_->In(window)) {
    // The DFA-only test is far cheaper than a search with submatches, and
    // most patterns do not match most windows.
    if (!pattern.pattern->Matches(searched)) {
      ++order;
      continue;
    }
    if (all_matches) {
      for (auto& match : pattern.pattern->FindAll(searched, span.begin)) {
        candidates.push_back({&pattern, std::move(match), order});
      }
    } else if (auto match = pattern.pattern->Find(searched, span.begin)) {
      candidates.push_back({&pattern, std::move(*match), order});
    }
    ++order;
  }
  if (all_matches) {
    // The cue nearest the quote decides; ties go to the earlier pattern.
    auto cue_end = [](const Candidate& c) {
      int g = c.pattern->cue_group;
      const auto& cue = g >= 0 ? c.match.groups[static_cast<size_t>(g)] : std::nullopt;
      return cue ? cue->end : c.match.whole.end;
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](const Candidate& a, const Candidate& b) {
                       if (cue_end(a) != cue_end(b)) return cue_end(a) > cue_end(b);
                       return a.order < b.order;
                     });
    // "Pence said Trump's tweet was only "to mock" her": a weaker cue
    // inside what a stronger, earlier cue reports belongs to the stronger
    // cue's speaker.
    auto cue_begin = [](const Candidate& c) {
      int g = c.pattern->cue_group;
      const auto& cue = g >= 0 ? c.match.groups[static_cast<size_t>(g)] : std::nullopt;
      return cue ? cue->begin : c.match.whole.begin;
    };
    for (size_t i = 1; i < candidates.size(); ++i) {
      const Candidate& first = candidates.front();
      const Candidate& other = candidates[i];
      if (other.pattern->confidence <= first.pattern->confidence) continue;
      if (cue_end(other) <= cue_begin(first)) {
        std::rotate(candidates.begin(), candidates.begin() + static_cast<long>(i),
                    candidates.begin() + static_cast<long>(i) + 1);
        break;
      }
    }
  }
  for (const auto& candidate : candidates) {
    if (TryCandidate(q, candidate, masked, span, sentence)) return true;
  }
  return false;
}

bool Attributor::Run::IsSubhead(const Quote& quote) const {
  // A paragraph that is nothing but a short title-case quote is a subhead
  // ('Harbour Lights Are Back.'): a title, not anyone's words.
  const Span& para = doc_.paragraphs[static_cast<size_t>(quote.paragraph)];
  if (quote.span.begin < para.begin || quote.span.end > para.end) return false;
  if (!OnlySpaceOrPunctuation(text_.substr(para.begin, quote.span.begin - para.begin)) ||
      !OnlySpaceOrPunctuation(text_.substr(quote.span.end, para.end - quote.span.end))) {
    return false;
  }
  return IsShortTitleCase(
      tokenizer_.Tokenize(text_.substr(quote.inner.begin, quote.inner.size()), 0));
}

bool Attributor::Run::TryContinuation(size_t q) {
  if (q == 0) return false;
  const Quote& previous = result_->quotes[q - 1];
  const Quote& quote = result_->quotes[q];
  if (previous.attribution.entity < 0) return false;
  size_t prev_paragraph = sentence_paragraph_[quote_end_sentence_[q - 1]];
  size_t paragraph = sentence_paragraph_[quote_sentence_[q]];
  double confidence = 0;
  std::string how;
  if (prev_paragraph == paragraph) {
    bool adjacent = quote_sentence_[q] <= quote_end_sentence_[q - 1] + 1;
    confidence = adjacent ? kContinuationConfidence : kDistantContinuationConfidence;
    how = adjacent ? "the quote just before it in the paragraph"
                   : "an earlier quote in the paragraph (other sentences between)";
  } else if (prev_paragraph + 1 == paragraph) {
    // Only when the previous quote's sentence closes its paragraph and this
    // quote opens the next one: nothing else intervenes.
    const Span& para = doc_.paragraphs[paragraph];
    size_t last_sentence_of_prev = quote_sentence_[q] - 1;
    bool opens = OnlySpaceOrPunctuation(text_.substr(para.begin, quote.span.begin - para.begin));
    if (!opens || quote_end_sentence_[q - 1] != last_sentence_of_prev) return false;
    confidence = kNextParagraphConfidence;
    how = "the quote that closes the previous paragraph";
  } else {
    return false;
  }
  Attribution& a = result_->quotes[q].attribution;
  a.entity = previous.attribution.entity;
  a.mention = previous.attribution.mention;  // the words that named the speaker
  a.rule = "continuation";
  a.confidence = std::min(confidence, previous.attribution.confidence);
  a.explanation = "continuation: no cue of its own; continues " + how;
  return true;
}

void Attributor::Run::CollectNames() {
  size_t q = 0;
  for (size_t s = 0; s < result_->sentences.size(); ++s) {
    const Span& whole = result_->sentences[s];
    // Very long "sentences" (a 50 MB line with no full stop) are read in
    // slices cut at spaces, so the token list stays small.
    for (size_t begin = whole.begin; begin < whole.end;) {
      size_t end = std::min(whole.end, begin + kNameSliceBytes);
      while (end < whole.end && text_[end] != ' ' && end - begin < 2 * kNameSliceBytes) ++end;
      while (end < whole.end && (static_cast<unsigned char>(text_[end]) & 0xC0) == 0x80) ++end;
      CollectNamesIn({begin, end}, s, &q);
      begin = end;
    }
  }
  registry_.FinishNames();
}

void Attributor::Run::CollectNamesIn(Span sentence, size_t s, size_t* quote_cursor) {
  const auto& quotes = result_->quotes;
  size_t& q = *quote_cursor;
  {
    std::vector<Token> tokens =
        tokenizer_.Tokenize(text_.substr(sentence.begin, sentence.size()), sentence.begin);
    std::vector<Token> outside;
    outside.reserve(tokens.size());
    for (const Token& token : tokens) {
      while (q < quotes.size() && quotes[q].span.end <= token.span.begin) ++q;
      bool inside = q < quotes.size() && quotes[q].span.begin <= token.span.begin;
      if (!inside) outside.push_back(token);
    }
    bool opens_paragraph = sentence.begin == result_->sentences[s].begin &&
                           (s == 0 || sentence_paragraph_[s] != sentence_paragraph_[s - 1]);
    if (opens_paragraph) {
      size_t dateline = DatelineLength(outside);
      outside.erase(outside.begin(), outside.begin() + static_cast<std::ptrdiff_t>(dateline));
    }
    registry_.CollectNames(outside, s);
  }
}

void Attributor::Run::Go() {
  auto& quotes = result_->quotes;
  auto& sentences = result_->sentences;
  sentences = SplitSentences(doc_, quotes, owner_.words_->abbreviations);
  if (sentences.empty()) return;
  sentence_paragraph_.reserve(sentences.size());
  for (const Span& s : sentences) sentence_paragraph_.push_back(IndexOf(doc_.paragraphs, s.begin));
  for (const Quote& quote : quotes) {
    quote_sentence_.push_back(IndexOf(sentences, quote.span.begin));
    quote_end_sentence_.push_back(IndexOf(sentences, quote.span.end - 1));
  }
  registry_.SetSentenceParagraphs(&sentence_paragraph_);
  CollectNames();

  for (size_t q = 0; q < quotes.size(); ++q) {
    Quote& quote = quotes[q];
    quote.paragraph = static_cast<int>(IndexOf(doc_.paragraphs, quote.span.begin));
    if (IsSubhead(quote)) {
      quote.kind = QuoteKind::kTitle;
      continue;
    }
    size_t s = quote_sentence_[q];
    size_t se = quote_end_sentence_[q];
    const Span& sentence = sentences[s];
    const Span& end_sentence = sentences[se];
    size_t lead_begin = sentence.begin;
    if (q > 0 && quotes[q - 1].span.end > sentence.begin &&
        quotes[q - 1].span.end <= quote.span.begin)
      lead_begin = quotes[q - 1].span.end;
    size_t tail_end = end_sentence.end;
    if (q + 1 < quotes.size() && quotes[q + 1].span.begin < tail_end)
      tail_end = quotes[q + 1].span.begin;
    Span after = CapAfter({quote.span.end, std::max(quote.span.end, tail_end)});
    Span before = CapBefore({lead_begin, quote.span.begin});
    Span sentence_before = CapBefore({sentence.begin, quote.span.begin});
    Span sentence_after = CapAfter({quote.span.end, std::max(quote.span.end, end_sentence.end)});
    bool opens_sentence =
        sentence.begin >= quote.span.begin ||
        OnlySpaceOrPunctuation(text_.substr(sentence.begin, quote.span.begin - sentence.begin));
    bool closes_sentence = OnlySpaceOrPunctuation(
        text_.substr(quote.span.end, std::max(quote.span.end, end_sentence.end) - quote.span.end));
    size_t paragraph = static_cast<size_t>(quote.paragraph);
    bool opens_paragraph =
        opens_sentence && (s == 0 || sentence_paragraph_[s - 1] != sentence_paragraph_[s]);

    // A quote that stops mid-sentence ("it was "a mistake" to use") has no
    // cue right after it; only a quote ending in punctuation, or followed by
    // punctuation or a dash, does.
    bool ends_clause = EndsClause(text_, quote, after);
    bool done = (ends_clause && TryWindow(q, Window::kAfter, after, se)) ||
                TryWindow(q, Window::kBefore, before, s) ||
                TryWindow(q, Window::kSentenceBefore, sentence_before, s) ||
                TryWindow(q, Window::kSentenceAfter, sentence_after, se);
    if (!done && opens_paragraph && paragraph > 0) {
      done = TryWindow(q, Window::kParagraphBefore, CapBefore(doc_.paragraphs[paragraph - 1]),
                       s > 0 ? s - 1 : 0);
    }
    if (!done && opens_sentence && s > 0) {
      done = TryWindow(q, Window::kPreviousSentence, CapBefore(sentences[s - 1]), s - 1);
    }
    if (!done && closes_sentence && se + 1 < sentences.size() &&
        sentence_paragraph_[se + 1] <= sentence_paragraph_[se] + 1) {
      done = TryWindow(q, Window::kNextSentence, CapAfter(sentences[se + 1]), se + 1);
    }
    if (!done && opens_sentence) done = TryContinuation(q);
    std::string_view lead_in = text_.substr(lead_begin, quote.span.begin - lead_begin);
    quote.kind = owner_.classifier_->Classify(text_, quote, lead_in, done);
  }
  result_->entities = registry_.TakeEntities();
}

Attributor::Attributor() = default;
Attributor::~Attributor() = default;

std::unique_ptr<Attributor> Attributor::Create(const RuleSet& rules,
                                               std::vector<RuleError>* errors) {
  auto attribution_rules = AttributionRules::Create(rules, errors);
  if (attribution_rules == nullptr) return nullptr;
  std::unique_ptr<Attributor> attributor(new Attributor());
  attributor->words_ = std::make_unique<WordSets>(rules);
  attributor->reader_ = std::make_unique<SpeakerPhraseReader>(*attributor->words_);
  attributor->rules_ = std::move(attribution_rules);
  attributor->classifier_ = std::make_unique<QuoteClassifier>(rules);
  return attributor;
}

void Attributor::Attribute(const Document& document, ScanResult* result) const {
  Run run(*this, document, result);
  run.Go();
}

}  // namespace qa
