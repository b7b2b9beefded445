#include "verify/verifier.h"

#include <algorithm>

#include "core/text.h"
#include "verify/aligner.h"
#include "verify/word_splitter.h"

namespace qa {
namespace {

// How far an ellipsis may reach in the source, in words, when choosing the
// stretch to align against; and how many candidate stretches are aligned.
constexpr size_t kEllipsisReach = 300;
constexpr size_t kCandidates = 8;
constexpr size_t kPassageBytes = 160;
// Two parts of a quote split around a speaker tag are this close at most.
constexpr size_t kSplitTagBytes = 80;

// A quote as the aligner reads it, with the article bytes of each token.
struct QuoteWords {
  std::vector<QuoteToken> tokens;
  std::vector<Span> spans;  // per token, in the article's analysis text
  size_t words = 0;
  size_t gaps = 0;
};

QuoteWords Tokenise(const Document& article, Span inner, const WordInterner& interner) {
  QuoteWords quote;
  WordSplitter splitter(article.Text(inner), /*gaps=*/true, inner.begin);
  TextToken token;
  while (splitter.Next(&token)) {
    // Two gap marks in a row are one gap.
    if (token.kind != TokenKind::kWord && !quote.tokens.empty() &&
        quote.tokens.back().kind != TokenKind::kWord) {
      if (token.kind == TokenKind::kEllipsis) quote.tokens.back().kind = TokenKind::kEllipsis;
      quote.spans.back().end = token.span.end;
      continue;
    }
    uint32_t id = token.kind == TokenKind::kWord ? interner.Find(token.word) : 0;
    quote.tokens.push_back({token.kind, id});
    quote.spans.push_back(token.span);
    if (token.kind == TokenKind::kWord) {
      ++quote.words;
    } else {
      ++quote.gaps;
    }
  }
  return quote;
}

QuoteWords Joined(const QuoteWords& first, const QuoteWords& second) {
  QuoteWords joined = first;
  joined.tokens.insert(joined.tokens.end(), second.tokens.begin(), second.tokens.end());
  joined.spans.insert(joined.spans.end(), second.spans.begin(), second.spans.end());
  joined.words += second.words;
  joined.gaps += second.gaps;
  return joined;
}

enum class LabelVerdict { kNone, kSame, kOther };

// Whether some word of `name` starts with a capital: a name, not a
// description.
bool HasCapitalisedWord(std::string_view name) {
  for (size_t i = 0; i < name.size(); ++i) {
    bool word_start = i == 0 || name[i - 1] == ' ';
    if (word_start &&
        ((name[i] >= 'A' && name[i] <= 'Z') || static_cast<unsigned char>(name[i]) >= 0xC0)) {
      return true;
    }
  }
  return false;
}

// What the transcript's label at source word `position` says about the
// article's speaker.
LabelVerdict LabelAt(const SourceIndex& sources, size_t position, const Entity* speaker) {
  const SourceWord& word = sources.words()[position];
  if (word.label < 0 || speaker == nullptr) return LabelVerdict::kNone;
  if (speaker->kind != SpeakerKind::kPerson && speaker->kind != SpeakerKind::kOrganization) {
    return LabelVerdict::kNone;
  }
  // A speaker the article never names ("the mayor") cannot be compared with
  // a transcript's names.
  if (!HasCapitalisedWord(speaker->name)) return LabelVerdict::kNone;
  const IndexedSource& source = sources.documents()[word.document];
  return LabelNamesSpeaker(source.labels[word.label].name, speaker->name, speaker->aliases)
             ? LabelVerdict::kSame
             : LabelVerdict::kOther;
}

struct Passage {
  Alignment alignment;
  LabelVerdict label = LabelVerdict::kNone;
};

// The best passage for a quote: fewest differences, then one the transcript
// gives to the article's speaker, then the first found.
std::optional<Passage> BestPassage(const QuoteWords& quote, const SourceIndex& sources,
                                   const Entity* speaker) {
  std::vector<uint32_t> words;
  for (const QuoteToken& token : quote.tokens) {
    if (token.kind == TokenKind::kWord) words.push_back(token.id);
  }
  if (words.empty()) return std::nullopt;
  size_t reach = quote.gaps * kEllipsisReach;
  size_t spread = words.size() + 8;
  size_t slack = words.size() / 2 + 8 + reach;
  std::optional<Passage> best;
  for (const SourceWindow& window : sources.Candidates(words, spread, slack, kCandidates)) {
    Passage passage;
    passage.alignment = Align(quote.tokens, sources.ids(), window.begin, window.end, {});
    if (passage.alignment.cost == SIZE_MAX ||
        passage.alignment.source_end <= passage.alignment.source_begin) {
      continue;
    }
    passage.label = LabelAt(sources, passage.alignment.source_begin, speaker);
    if (!best || passage.alignment.cost < best->alignment.cost ||
        (passage.alignment.cost == best->alignment.cost && passage.label != LabelVerdict::kOther &&
         best->label == LabelVerdict::kOther)) {
      best = std::move(passage);
    }
  }
  return best;
}

// Source analysis text of words [first, last], spaces collapsed.
std::string SourceText(const SourceIndex& sources, size_t first, size_t last) {
  const SourceWord& a = sources.words()[first];
  const SourceWord& b = sources.words()[last];
  const Document& document = sources.documents()[a.document].document;
  return CollapseSpaces(document.Text({a.begin, b.end}));
}

// At most kPassageBytes of `text`, cut at a space, with "…" when cut.
std::string Shortened(std::string text) {
  if (text.size() <= kPassageBytes) return text;
  size_t cut = text.rfind(' ', kPassageBytes);
  if (cut == std::string::npos || cut == 0) cut = kPassageBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "\xE2\x80\xA6";
}

// "we will never accept" vs source "we will not accept": each run of
// differences with one unchanged word either side.
std::string Differences(const Document& article, const QuoteWords& quote,
                        const SourceIndex& sources, const Alignment& alignment) {
  const std::vector<Edit>& edits = alignment.edits;
  std::string message;
  size_t i = 0;
  while (i < edits.size()) {
    if (edits[i].kind == EditKind::kSame) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < edits.size() && edits[end].kind != EditKind::kSame) ++end;
    size_t from = i > 0 ? i - 1 : i;
    size_t to = end < edits.size() ? end + 1 : end;  // exclusive
    int quote_first = -1, quote_last = -1, source_first = -1, source_last = -1;
    for (size_t k = from; k < to; ++k) {
      if (edits[k].quote >= 0) {
        if (quote_first < 0) quote_first = edits[k].quote;
        quote_last = edits[k].quote;
      }
      if (edits[k].source >= 0) {
        if (source_first < 0) source_first = edits[k].source;
        source_last = edits[k].source;
      }
    }
    std::string said = quote_first < 0
                           ? std::string()
                           : CollapseSpaces(article.Text(
                                 {quote.spans[quote_first].begin, quote.spans[quote_last].end}));
    std::string source =
        source_first < 0 ? std::string() : SourceText(sources, source_first, source_last);
    if (!message.empty()) message += "; ";
    message += "\"" + said + "\" vs source \"" + source + "\"";
    i = end;
  }
  return message;
}

VerdictKind Judge(const Alignment& alignment, size_t words, const VerifyRules& rules) {
  if (alignment.cost == 0) return VerdictKind::kVerified;
  size_t matched = words - std::min(words, alignment.changed + alignment.added);
  if (alignment.cost <= rules.max_changed_words &&
      static_cast<double>(matched) >= rules.min_matched_fraction * static_cast<double>(words)) {
    return VerdictKind::kMisquote;
  }
  return VerdictKind::kUnverified;
}

void FillPassage(const SourceIndex& sources, const Passage& passage, QuoteVerdict* verdict) {
  const SourceWord& first = sources.words()[passage.alignment.source_begin];
  const SourceWord& last = sources.words()[passage.alignment.source_end - 1];
  const IndexedSource& source = sources.documents()[first.document];
  verdict->source_path = source.document.path;
  verdict->source_span = source.document.ToSource({first.begin, last.end});
  LineColumn position = sources.Position(first.document, verdict->source_span.begin);
  verdict->line = position.line;
  verdict->column = position.column;
  verdict->source_speaker = first.label >= 0 ? source.labels[first.label].name : "";
  verdict->misattributed = passage.label == LabelVerdict::kOther;
}

RelatedLocation PassageLocation(const SourceIndex& sources, const Passage& passage,
                                const QuoteVerdict& verdict) {
  RelatedLocation related;
  related.path = verdict.source_path;
  related.span = verdict.source_span;
  related.line = verdict.line;
  related.column = verdict.column;
  std::string text =
      SourceText(sources, passage.alignment.source_begin, passage.alignment.source_end - 1);
  std::string who = verdict.source_speaker.empty() ? "" : " (" + verdict.source_speaker + ")";
  related.message = "the source" + who + ": \"" + Shortened(std::move(text)) + "\"";
  return related;
}

}  // namespace

VerifyResult VerifyQuotes(const Document& article, const ScanResult& scan,
                          const SourceIndex& sources, const VerifyRules& rules) {
  VerifyResult result;
  // Every direct and partial quote with words, tokenised once.
  std::vector<size_t> checked;
  std::vector<QuoteWords> words;
  for (size_t q = 0; q < scan.quotes.size(); ++q) {
    const Quote& quote = scan.quotes[q];
    if (quote.kind != QuoteKind::kDirect && quote.kind != QuoteKind::kPartial) continue;
    if (quote.inner.end > article.text.size()) continue;
    QuoteWords tokens = Tokenise(article, quote.inner, sources.interner());
    if (tokens.words == 0) continue;
    checked.push_back(q);
    words.push_back(std::move(tokens));
  }
  std::vector<std::optional<Passage>> passages(checked.size());
  std::vector<VerdictKind> kinds(checked.size(), VerdictKind::kUnverified);
  for (size_t k = 0; k < checked.size(); ++k) {
    const Quote& quote = scan.quotes[checked[k]];
    passages[k] = BestPassage(words[k], sources, scan.SpeakerOf(quote));
    if (passages[k]) kinds[k] = Judge(passages[k]->alignment, words[k].words, rules);
  }
  // A quote split around its speaker tag ("We will," she said, "rebuild.")
  // is one passage: when a part alone does not match exactly, the two parts
  // joined may.
  for (size_t k = 0; k + 1 < checked.size(); ++k) {
    if (kinds[k] == VerdictKind::kVerified && kinds[k + 1] == VerdictKind::kVerified) continue;
    const Quote& first = scan.quotes[checked[k]];
    const Quote& second = scan.quotes[checked[k + 1]];
    if (first.paragraph != second.paragraph || second.span.begin < first.span.end ||
        second.span.begin - first.span.end > kSplitTagBytes) {
      continue;
    }
    if (second.attribution.entity >= 0 && second.attribution.entity != first.attribution.entity) {
      continue;
    }
    QuoteWords joined = Joined(words[k], words[k + 1]);
    std::optional<Passage> passage = BestPassage(joined, sources, scan.SpeakerOf(first));
    if (!passage || passage->alignment.cost != 0) continue;
    passages[k] = passage;
    passages[k + 1] = passage;
    kinds[k] = kinds[k + 1] = VerdictKind::kVerified;
  }
  for (size_t k = 0; k < checked.size(); ++k) {
    const Quote& quote = scan.quotes[checked[k]];
    QuoteVerdict verdict;
    verdict.quote = checked[k];
    verdict.kind = kinds[k];
    if (verdict.kind != VerdictKind::kUnverified) FillPassage(sources, *passages[k], &verdict);
    if (verdict.kind == VerdictKind::kMisquote && rules.misquote) {
      Finding finding;
      finding.rule = std::string(kMisquoteRule);
      finding.severity = *rules.misquote;
      finding.span = quote.span;
      finding.message = "quote differs from the source: " +
                        Differences(article, words[k], sources, passages[k]->alignment);
      finding.related.push_back(PassageLocation(sources, *passages[k], verdict));
      result.findings.push_back(std::move(finding));
    }
    if (verdict.kind != VerdictKind::kUnverified && verdict.misattributed && rules.misattributed) {
      const Entity* speaker = scan.SpeakerOf(quote);
      Finding finding;
      finding.rule = std::string(kMisattributedQuoteRule);
      finding.severity = *rules.misattributed;
      finding.span = quote.span;
      finding.message = "the article gives this quote to " + speaker->name +
                        "; the transcript gives it to " + verdict.source_speaker;
      finding.related.push_back(PassageLocation(sources, *passages[k], verdict));
      result.findings.push_back(std::move(finding));
    }
    // With no source at all, nothing can be said to be missing from them.
    if (verdict.kind == VerdictKind::kUnverified && rules.unverified &&
        !sources.documents().empty() && words[k].words >= rules.min_words) {
      Finding finding;
      finding.rule = std::string(kUnverifiedQuoteRule);
      finding.severity = *rules.unverified;
      finding.span = quote.span;
      finding.message = "quote not found in the sources: no passage has these words";
      result.findings.push_back(std::move(finding));
    }
    result.verdicts.push_back(std::move(verdict));
  }
  std::stable_sort(result.findings.begin(), result.findings.end(),
                   [](const Finding& a, const Finding& b) {
                     if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
                     return a.rule < b.rule;
                   });
  return result;
}

}  // namespace qa
