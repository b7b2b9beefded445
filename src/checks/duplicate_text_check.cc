#include "checks/duplicate_text_check.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>

#include "checks/shingle_index.h"
#include "checks/text_fingerprint.h"
#include "core/text.h"

namespace qa {
namespace {

// Longer units (no real paragraph is 64 KiB) are compared by exact hash only,
// so a huge one-line file costs no shingle memory.
constexpr size_t kMaxShingleBytes = 64 * 1024;

// Also clamps a span to the text, so a bad span from elsewhere cannot crash.
Span Trim(std::string_view text, Span span) {
  span.end = std::min(span.end, text.size());
  span.begin = std::min(span.begin, span.end);
  while (span.begin < span.end && IsAsciiSpace(text[span.begin])) ++span.begin;
  while (span.end > span.begin && IsAsciiSpace(text[span.end - 1])) --span.end;
  return span;
}

// Lines and columns of increasing offsets in one forward pass: cheaper than
// LineIndex lookups for the many paragraphs remembered from every file.
// Columns count code points, as LineIndex does.
class ForwardPositions {
 public:
  explicit ForwardPositions(std::string_view bytes) : bytes_(bytes) {}
  // `offset` must not be less than the previous call's.
  LineColumn At(size_t offset) {
    offset = std::min(offset, bytes_.size());
    for (; pos_ < offset; ++pos_) {
      const char c = bytes_[pos_];
      if (c == '\n') {
        ++at_.line;
        at_.column = 1;
      } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
        ++at_.column;
      }
    }
    return at_;
  }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
  LineColumn at_;
};

// "nearly repeats the paragraph at line 3 (86% the same wording)".
std::string RepeatMessage(std::string_view noun, bool exact, double similarity,
                          const std::string& where) {
  std::string n(noun);
  if (exact) return n + " repeats the " + n + " at " + where + " word for word; remove one copy";
  if (similarity >= 0.999) {
    return n + " repeats text of the " + n + " at " + where + "; remove the repeat";
  }
  const int percent = static_cast<int>(std::floor(similarity * 100.0));
  return n + " nearly repeats the " + n + " at " + where + " (" + std::to_string(percent) +
         "% the same wording); remove or merge the copies";
}

}  // namespace

DuplicateTextOptions DuplicateTextOptions::Read(OptionReader* reader) {
  DuplicateTextOptions o;
  o.shingle_words = std::max<size_t>(1, reader->Count("shingle_words"));
  o.min_words = std::max(o.shingle_words, reader->Count("min_words"));
  o.min_similarity = std::clamp(reader->Number("min_similarity"), 0.05, 1.0);
  o.sentences = reader->Bool("sentences");
  o.across_files = reader->Bool("across_files");
  o.article_copy_share = std::clamp(reader->Number("article_copy_share"), 0.05, 1.0);
  o.max_reports_per_paragraph = reader->Count("max_reports_per_paragraph");
  o.max_paragraphs_per_file = reader->Count("max_paragraphs_per_file");
  o.max_remembered_paragraphs = reader->Count("max_remembered_paragraphs");
  return o;
}

std::unique_ptr<Check> DuplicateTextCheck::Create(const RuleInfo& rule, const RuleSet& rules,
                                                  std::vector<RuleError>* errors) {
  OptionReader reader(rule, errors);
  const DuplicateTextOptions options = DuplicateTextOptions::Read(&reader);
  if (!reader.Finish()) return nullptr;
  return std::make_unique<DuplicateTextCheck>(rule.severity, options);
}

DuplicateTextCheck::DuplicateTextCheck(Severity severity, DuplicateTextOptions options)
    : severity_(severity),
      options_(options),
      memory_(std::make_shared<CrossFileMemory>(options.max_remembered_paragraphs)) {}

std::shared_ptr<CrossFileState> DuplicateTextCheck::cross_file_state() {
  return options_.across_files ? memory_ : nullptr;
}

void DuplicateTextCheck::set_cross_file_state(std::shared_ptr<CrossFileState> state) {
  if (options_.across_files && state != nullptr) {
    memory_ = std::static_pointer_cast<CrossFileMemory>(std::move(state));
  }
}

DuplicateTextCheck::Unit DuplicateTextCheck::MakeUnit(const Document& document, Span span,
                                                      int paragraph) const {
  Unit unit;
  unit.span = Trim(document.text, span);
  unit.paragraph = paragraph;
  SetPrint(Fingerprint(document.Text(unit.span), options_.shingle_words, kMaxShingleBytes), &unit);
  return unit;
}

void DuplicateTextCheck::SetPrint(TextFingerprint print, Unit* unit) const {
  unit->words = print.words;
  unit->hash = print.hash;
  if (unit->words >= options_.min_words) unit->shingles = std::move(print.shingles);
}

std::optional<DuplicateTextCheck::Unit> DuplicateTextCheck::MakeUnitFromWords(
    const Document& document, Span span, int paragraph, Span words_span,
    std::span<const Word> words) const {
  Unit unit;
  unit.span = Trim(document.text, span);
  unit.paragraph = paragraph;
  if (unit.span.begin < words_span.begin || unit.span.end > words_span.end) return std::nullopt;
  const auto first =
      std::lower_bound(words.begin(), words.end(), unit.span.begin,
                       [](const Word& word, size_t offset) { return word.span.begin < offset; });
  auto last = first;
  while (last != words.end() && last->span.end <= unit.span.end) ++last;
  // A word across either edge reads differently on its own: read the span.
  if (first != words.begin() && std::prev(first)->span.end > unit.span.begin) return std::nullopt;
  if (last != words.end() && last->span.begin < unit.span.end) return std::nullopt;
  SetPrint(FingerprintOfWords(std::span<const Word>(first, last), options_.shingle_words,
                              unit.span.size() <= kMaxShingleBytes),
           &unit);
  return unit;
}

std::vector<DuplicateTextCheck::Unit> DuplicateTextCheck::CheckOneDocument(
    const CheckContext& context, std::vector<Finding>* findings,
    std::vector<bool>* repeated) const {
  const Document& document = context.document;
  // Built on the first finding only: most documents have none.
  std::optional<LineIndex> lines;

  // Each sentence's paragraph (-1: none): the first paragraph ending after
  // its start, if that holds the start.
  const bool sentences = options_.sentences && !context.scan.sentences.empty();
  std::vector<int> paragraph_of;
  if (sentences) {
    size_t p = 0;
    for (const Span& sentence : context.scan.sentences) {
      while (p < document.paragraphs.size() && document.paragraphs[p].end <= sentence.begin) ++p;
      const bool inside =
          p < document.paragraphs.size() && document.paragraphs[p].Contains(sentence.begin);
      paragraph_of.push_back(inside ? static_cast<int>(p) : -1);
    }
  }

  // Each paragraph's words are read and hashed once, for the paragraph and
  // for the sentences in it.
  std::vector<Unit> paragraphs;
  paragraphs.reserve(document.paragraphs.size());
  std::vector<std::optional<Unit>> sentence_units(paragraph_of.size());
  std::vector<Word> words;
  size_t s = 0;  // the next sentence
  for (size_t i = 0; i < document.paragraphs.size(); ++i) {
    const Span span = Trim(document.text, document.paragraphs[i]);
    words.clear();
    if (span.size() <= kMaxShingleBytes) {
      WordReader reader(document.Text(span), span.begin);
      Word word;
      while (reader.Next(&word)) words.push_back(word);
      paragraphs.push_back(*MakeUnitFromWords(document, span, static_cast<int>(i), span, words));
    } else {
      paragraphs.push_back(MakeUnit(document, span, static_cast<int>(i)));  // hash only
    }
    for (; s < paragraph_of.size() && paragraph_of[s] <= static_cast<int>(i); ++s) {
      if (paragraph_of[s] == static_cast<int>(i) && span.size() <= kMaxShingleBytes) {
        sentence_units[s] = MakeUnitFromWords(document, context.scan.sentences[s],
                                              static_cast<int>(i), span, words);
      }
    }
  }
  *repeated = ReportRepeats(document, paragraphs, "paragraph", std::vector<bool>(paragraphs.size()),
                            &lines, findings);

  // Sentences inside a repeated paragraph are compared (a later copy may
  // match them) but never reported: the paragraph finding covers them.
  if (sentences) {
    std::vector<Unit> units;
    std::vector<bool> skip;
    units.reserve(paragraph_of.size());
    for (size_t k = 0; k < paragraph_of.size(); ++k) {
      const int p = paragraph_of[k];
      units.push_back(sentence_units[k] ? std::move(*sentence_units[k])
                                        : MakeUnit(document, context.scan.sentences[k], p));
      skip.push_back(p >= 0 && (*repeated)[static_cast<size_t>(p)]);
    }
    ReportRepeats(document, units, "sentence", skip, &lines, findings);
  }
  return paragraphs;
}

void DuplicateTextCheck::Run(const CheckContext& context, std::vector<Finding>* findings) const {
  std::vector<bool> repeated;
  CheckOneDocument(context, findings, &repeated);
}

// What the comparison with earlier files needs of one document: its whole
// text's hash and its comparable paragraphs, each with its place.
struct DuplicateTextCheck::FileDigest : CrossFileDigest {
  struct Paragraph {
    uint64_t hash = 0;
    Span span;    // in the analysis text, for the finding
    Span source;  // in the file's bytes, for a later file's related location
    LineColumn at;
  };
  std::string path;
  uint64_t article_hash = 0;
  bool whole_text = false;  // enough words to compare the whole text
  Span start;               // the first paragraph (or 0,0)
  Span start_source;
  LineColumn start_at;
  std::vector<Paragraph> paragraphs;  // long enough, not repeated in the document
};

std::unique_ptr<CrossFileDigest> DuplicateTextCheck::Digest(const CheckContext& context,
                                                            std::vector<Finding>* findings) const {
  std::vector<bool> repeated;
  const std::vector<Unit> paragraphs = CheckOneDocument(context, findings, &repeated);
  if (!options_.across_files) return nullptr;
  const Document& document = context.document;
  auto digest = std::make_unique<FileDigest>();
  digest->path = document.path;

  // The whole text's hash (all words of all paragraphs, in order).
  uint64_t article_hash = 0x2545F4914F6CDD1DULL;
  size_t article_words = 0;
  for (const Unit& unit : paragraphs) {
    article_words += unit.words;
    // Short lines belong to the whole text too.
    if (unit.words > 0) article_hash = unit.hash ^ (article_hash * 0x100000001B3ULL);
  }
  digest->article_hash = article_hash;
  digest->whole_text = article_words >= options_.min_words;

  // Places in increasing offset order, for the forward position scan.
  ForwardPositions positions(document.original);
  digest->start = paragraphs.empty() ? Span{0, 0} : paragraphs.front().span;
  digest->start_source = document.ToSource(digest->start);
  digest->start_at = positions.At(document.SourceOffset(digest->start.begin));
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const Unit& unit = paragraphs[i];
    if (unit.words < options_.min_words || repeated[i]) continue;
    FileDigest::Paragraph& paragraph = digest->paragraphs.emplace_back();
    paragraph.hash = unit.hash;
    paragraph.span = unit.span;
    paragraph.source = document.ToSource(unit.span);
    paragraph.at = positions.At(document.SourceOffset(unit.span.begin));
  }
  return digest;
}

std::vector<bool> DuplicateTextCheck::ReportRepeats(const Document& document,
                                                    const std::vector<Unit>& units,
                                                    std::string_view noun,
                                                    const std::vector<bool>& skip,
                                                    std::optional<LineIndex>* lines,
                                                    std::vector<Finding>* findings) const {
  std::vector<bool> reported(units.size());
  ShingleIndex index;
  size_t shingles = 0;
  for (const Unit& unit : units) shingles += unit.shingles.size();
  index.Reserve(shingles);
  std::unordered_map<uint64_t, int> first_with_hash;
  first_with_hash.reserve(units.size());
  for (size_t i = 0; i < units.size(); ++i) {
    const Unit& unit = units[i];
    if (unit.words < options_.min_words) continue;
    int earlier = -1;
    double similarity = 0;
    bool exact = false;
    if (auto it = first_with_hash.find(unit.hash); it != first_with_hash.end()) {
      earlier = it->second;
      similarity = 1.0;
      exact = true;
    } else if (auto match = index.BestMatch(unit.shingles);
               match.unit >= 0 && match.containment >= options_.min_similarity) {
      earlier = match.unit;
      similarity = match.containment;
    }
    if (earlier >= 0 && !skip[i]) {
      const Span first = units[static_cast<size_t>(earlier)].span;
      Finding finding;
      finding.rule = std::string(id());
      finding.severity = severity_;
      if (!lines->has_value()) lines->emplace(document.original);
      finding.message = RepeatMessage(
          noun, exact, similarity,
          "line " + std::to_string((**lines).At(document.SourceOffset(first.begin)).line));
      finding.span = unit.span;
      RelatedLocation related;
      related.span = first;
      related.message = "first copy";
      finding.related.push_back(std::move(related));
      findings->push_back(std::move(finding));
      reported[i] = true;
    }
    first_with_hash.emplace(unit.hash, static_cast<int>(i));
    index.Add(static_cast<int>(i), unit.shingles);
  }
  return reported;
}

void DuplicateTextCheck::Compare(const CrossFileDigest& base, std::vector<Finding>* findings) {
  const auto& digest = static_cast<const FileDigest&>(base);
  const uint32_t file = memory_->AddFile(digest.path);
  const auto is_other_file = [&](uint32_t other) {
    return other != file && memory_->Path(other) != digest.path;
  };

  // Each comparable paragraph's earlier copy in another file, if any.
  const size_t comparable = digest.paragraphs.size();
  std::vector<std::pair<size_t, RememberedPlace*>> copies;
  std::unordered_map<uint32_t, size_t> copies_per_file;
  for (size_t i = 0; i < comparable; ++i) {
    RememberedPlace* place = memory_->FindParagraph(digest.paragraphs[i].hash);
    if (place != nullptr && is_other_file(place->file)) {
      copies.emplace_back(i, place);
      ++copies_per_file[place->file];
    }
  }

  // A whole-article copy: the same text, or most paragraphs from one file.
  uint32_t best_file = 0;
  size_t best_count = 0;
  for (const auto& [other, count] : copies_per_file) {
    if (count > best_count || (count == best_count && other < best_file)) {
      best_file = other;
      best_count = count;
    }
  }
  int64_t copy_of = -1;
  size_t shared = 0;
  const int64_t same_text = digest.whole_text ? memory_->FindArticle(digest.article_hash) : -1;
  const bool exact_copy = same_text >= 0 && is_other_file(static_cast<uint32_t>(same_text));
  if (exact_copy) {
    copy_of = same_text;
    auto it = copies_per_file.find(static_cast<uint32_t>(same_text));
    shared = it == copies_per_file.end() ? 0 : it->second;
  } else if (best_count >= 2 &&
             static_cast<double>(best_count) >= options_.article_copy_share * comparable) {
    copy_of = best_file;
    shared = best_count;
  }

  if (copy_of >= 0) {
    const uint32_t other = static_cast<uint32_t>(copy_of);
    Finding finding;
    finding.rule = std::string(id());
    finding.severity = severity_;
    finding.message = exact_copy
                          ? "whole article is a copy of " + memory_->Path(other) +
                                "; audit or publish only one of them"
                          : "whole article repeats " + memory_->Path(other) + " (" +
                                std::to_string(shared) + " of " + std::to_string(comparable) +
                                " paragraphs match); audit or publish only one of them";
    finding.span = digest.start;
    finding.related.push_back(memory_->Related(memory_->ArticleStart(other), "earlier copy"));
    findings->push_back(std::move(finding));
  }

  for (const auto& [i, place] : copies) {
    if (copy_of >= 0 && place->file == static_cast<uint32_t>(copy_of)) continue;
    // Text recurring in many files is house text (a standard disclaimer):
    // report the first few copies only.
    if (place->reports >= options_.max_reports_per_paragraph) continue;
    ++place->reports;
    Finding finding;
    finding.rule = std::string(id());
    finding.severity = severity_;
    finding.message = "paragraph repeats a paragraph of " + memory_->Path(place->file) + " (line " +
                      std::to_string(place->line) + "); check that reusing it is intended";
    finding.span = digest.paragraphs[i].span;
    finding.related.push_back(memory_->Related(*place, "earlier copy"));
    findings->push_back(std::move(finding));
  }

  // Remember this document's start and new paragraphs (a bounded number per
  // file). `copies` points into the memory: not used from here on.
  if (digest.whole_text) {
    memory_->RememberArticle(digest.article_hash, digest.start_source, digest.start_at.line,
                             digest.start_at.column, file);
  }
  size_t remembered = 0;
  for (size_t i = 0; i < comparable && remembered < options_.max_paragraphs_per_file; ++i) {
    const FileDigest::Paragraph& paragraph = digest.paragraphs[i];
    if (memory_->RememberParagraph(paragraph.hash, paragraph.source, paragraph.at.line,
                                   paragraph.at.column, file)) {
      ++remembered;
    }
  }
}

}  // namespace qa
