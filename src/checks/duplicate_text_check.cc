#include "checks/duplicate_text_check.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "checks/fingerprint_key.h"
#include "checks/shingle_index.h"
#include "checks/text_fingerprint.h"
#include "core/forward_positions.h"
#include "core/text.h"
#include "core/utf8.h"

namespace qa {
namespace {

// Longer units (no real paragraph is 64 KiB) are compared by exact hash only,
// so a huge one-line file costs no shingle memory.
constexpr size_t kMaxShingleBytes = size_t{64} * 1024;

// Also clamps a span to the text, so a bad span from elsewhere cannot crash.
Span Trim(std::string_view text, Span span) {
  span.end = std::min(span.end, text.size());
  span.begin = std::min(span.begin, span.end);
  while (span.begin < span.end && IsAsciiSpace(text[span.begin])) ++span.begin;
  while (span.end > span.begin && IsAsciiSpace(text[span.end - 1])) --span.end;
  return span;
}

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
  if (unit->words >= options_.min_words) unit->own_shingles = std::move(print.shingles);
}

std::optional<DuplicateTextCheck::Unit> DuplicateTextCheck::MakeUnitFromWords(
    const Document& document, Span span, int paragraph, Span words_span,
    std::span<const Word> words, std::span<const uint64_t> shingles, bool distinct,
    bool* all_distinct) const {
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
  const std::span<const Word> own(first, last);
  const size_t k = options_.shingle_words;
  if (k == 0 || unit.span.size() > kMaxShingleBytes) {
    SetPrint(FingerprintOfWords(own, k, false), &unit);
  } else {
    // Its runs of k words are the slice of the paragraph's that starts at
    // its first word.
    const size_t from = static_cast<size_t>(first - words.begin());
    const size_t count = own.size() >= k ? own.size() - k + 1 : 0;
    const std::span<const uint64_t> slice = shingles.subspan(from, count);
    // Most units repeat no run of words: they read the slice where it lies
    // instead of a copy of it.
    const bool slice_distinct = distinct || AllDistinct(slice);
    if (all_distinct != nullptr) *all_distinct = slice_distinct;
    if (slice_distinct) {
      SetPrint(FingerprintOfWords(own, k, false), &unit);
      if (unit.words >= options_.min_words) unit.borrowed_shingles = slice;
    } else {
      SetPrint(FingerprintWithShingles(own, slice, false), &unit);
    }
  }
  return unit;
}

std::vector<DuplicateTextCheck::Unit> DuplicateTextCheck::CheckOneDocument(
    const CheckContext& context, FindingSink findings, std::vector<bool>* repeated) const {
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

  // One pass in text order: each paragraph is compared with the earlier
  // ones, then its sentences with the earlier sentences, so only one unit's
  // shingles are held at a time (a 50 MB paragraph of many sentences costs
  // the index, not every sentence's shingles besides). Each paragraph's words
  // are read and hashed once, for the paragraph and for the sentences in it.
  RepeatFinder paragraph_repeats(options_);
  RepeatFinder sentence_repeats(options_);
  // About one shingle per word, and about one word per six bytes of text;
  // capped, since a text too long for shingles holds none.
  const size_t expected_shingles = std::min<size_t>(document.text.size() / 6, size_t{1} << 16);
  paragraph_repeats.Reserve(expected_shingles, document.paragraphs.size());
  if (sentences) sentence_repeats.Reserve(expected_shingles, context.scan.sentences.size());
  std::vector<Unit> paragraphs;
  paragraphs.reserve(document.paragraphs.size());
  repeated->assign(document.paragraphs.size(), false);
  std::vector<Word> scratch;
  std::span<const Word> words;     // the paragraph's, when read
  std::vector<uint64_t> shingles;  // of the paragraph's words (ShinglesInOrder)
  bool shingles_distinct = false;  // no shingle of them twice
  size_t s = 0;                    // the next sentence
  // `whole`: the paragraph's own unit when its words were read.
  auto next_sentence = [&](Span paragraph_span, const Unit* whole) {
    const int p = paragraph_of[s];
    const Span sentence = context.scan.sentences[s];
    std::optional<Unit> unit;
    if (whole != nullptr && Trim(document.text, sentence) == whole->span) {
      unit = *whole;  // a paragraph of one sentence: the same words, read once
    } else if (whole != nullptr) {
      unit = MakeUnitFromWords(document, sentence, p, paragraph_span, words, shingles,
                               shingles_distinct);
    }
    if (!unit) unit = MakeUnit(document, sentence, p);
    // Sentences inside a repeated paragraph are compared (a later copy may
    // match them) but never reported: the paragraph finding covers them.
    const bool in_repeat = p >= 0 && (*repeated)[static_cast<size_t>(p)];
    if (auto repeat = sentence_repeats.Observe(*unit, options_); repeat && !in_repeat) {
      Report(document, *unit, *repeat, "sentence", &lines, findings);
    }
    ++s;
  };
  for (size_t i = 0; i < document.paragraphs.size(); ++i) {
    const Span span = Trim(document.text, document.paragraphs[i]);
    const bool words_read = span.size() <= kMaxShingleBytes;
    words = {};
    shingles_distinct = false;
    Unit paragraph;
    if (words_read) {
      // The whole paragraph's words are the trimmed span's: edge spaces
      // hold none.
      words = context.paragraph_words.Of(i, &scratch);
      ShinglesInOrder(words, options_.shingle_words, &shingles);
      // A paragraph of news seldom repeats a run of words: then no slice
      // of its shingles does either, and its sentences look for none.
      paragraph = *MakeUnitFromWords(document, span, static_cast<int>(i), span, words, shingles,
                                     false, &shingles_distinct);
    } else {
      paragraph = MakeUnit(document, span, static_cast<int>(i));  // hash only
    }
    if (auto repeat = paragraph_repeats.Observe(paragraph, options_)) {
      Report(document, paragraph, *repeat, "paragraph", &lines, findings);
      (*repeated)[i] = true;
    }
    while (s < paragraph_of.size() && paragraph_of[s] <= static_cast<int>(i)) {
      const bool own = words_read && paragraph_of[s] == static_cast<int>(i);
      next_sentence(span, own ? &paragraph : nullptr);
    }
    // The index holds them; callers read span, words and hash.
    paragraph.own_shingles = {};
    paragraph.borrowed_shingles = {};
    paragraphs.push_back(std::move(paragraph));
  }
  while (s < paragraph_of.size()) next_sentence(Span{}, nullptr);
  return paragraphs;
}

void DuplicateTextCheck::Run(const CheckContext& context, FindingSink findings) const {
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
                                                            FindingSink findings) const {
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
  ForwardPositions positions(document.original());
  digest->start = paragraphs.empty() ? Span{0, 0} : paragraphs.front().span;
  digest->start_source = document.ToSource(digest->start);
  digest->start_at = positions.At(document.SourceOffset(digest->start.begin));
  digest->paragraphs.reserve(paragraphs.size());
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

std::optional<DuplicateTextCheck::RepeatFinder::Repeat> DuplicateTextCheck::RepeatFinder::Observe(
    const Unit& unit, const DuplicateTextOptions& options) {
  if (unit.words < options.min_words) return std::nullopt;
  std::optional<Repeat> repeat;
  // Numbered in text order, so the index's ties still go to the earliest.
  const int number = static_cast<int>(spans_.size());
  const auto same_hash = first_with_hash_.find(unit.hash);
  const bool exact = same_hash != first_with_hash_.end();
  if (exact) repeat = Repeat{spans_[static_cast<size_t>(same_hash->second)], 1.0, true};
  // Compared with the earlier units (when no copy is exact) and added, in
  // one pass over the unit's shingles.
  const ShingleIndex::Match match = index_.MatchThenAdd(number, unit.shingles(), !exact);
  if (!exact && match.unit >= 0 && match.containment >= options.min_similarity) {
    repeat = Repeat{spans_[static_cast<size_t>(match.unit)], match.containment, false};
  }
  spans_.push_back(unit.span);
  first_with_hash_.emplace(unit.hash, number);
  return repeat;
}

void DuplicateTextCheck::Report(const Document& document, const Unit& unit,
                                const RepeatFinder::Repeat& repeat, std::string_view noun,
                                std::optional<LineIndex>* lines, FindingSink findings) const {
  Finding finding;
  finding.rule = std::string(id());
  finding.severity = severity_;
  if (!lines->has_value()) lines->emplace(document.original());
  finding.message = RepeatMessage(
      noun, repeat.exact, repeat.similarity,
      "line " + std::to_string((**lines).At(document.SourceOffset(repeat.first.begin)).line));
  finding.span = unit.span;
  RelatedLocation related;
  related.span = repeat.first;
  related.message = "first copy";
  finding.related.push_back(std::move(related));
  findings.push_back(std::move(finding));
}

void DuplicateTextCheck::Decide(const FileDigest& digest, const std::vector<EarlierCopy>& copies,
                                const std::optional<EarlierArticle>& same_text,
                                FindingSink findings) const {
  // A whole-article copy: the same text, or most paragraphs from one file.
  std::unordered_map<uint64_t, size_t> copies_per_file;
  for (const EarlierCopy& copy : copies) ++copies_per_file[copy.file];
  const EarlierCopy* best = nullptr;
  size_t best_count = 0;
  for (const EarlierCopy& copy : copies) {
    const size_t count = copies_per_file[copy.file];
    if (count > best_count || (count == best_count && copy.file < best->file)) {
      best = &copy;
      best_count = count;
    }
  }
  const size_t comparable = digest.paragraphs.size();
  std::optional<uint64_t> copy_of;
  size_t shared = 0;
  const RelatedLocation* copy_start = nullptr;
  if (same_text) {
    copy_of = same_text->file;
    auto it = copies_per_file.find(same_text->file);
    shared = it == copies_per_file.end() ? 0 : it->second;
    copy_start = &same_text->start;
  } else if (best_count >= 2 &&
             static_cast<double>(best_count) >= options_.article_copy_share * comparable) {
    copy_of = best->file;
    shared = best_count;
    copy_start = &best->start;
  }

  if (copy_of) {
    Finding finding;
    finding.rule = std::string(id());
    finding.severity = severity_;
    finding.message = same_text ? "whole article is a copy of " + copy_start->path +
                                      "; audit or publish only one of them"
                                : "whole article repeats " + copy_start->path + " (" +
                                      std::to_string(shared) + " of " + std::to_string(comparable) +
                                      " paragraphs match); audit or publish only one of them";
    finding.span = digest.start;
    finding.related.push_back(*copy_start);
    finding.related.back().message = "earlier copy";
    findings.push_back(std::move(finding));
  }

  for (const EarlierCopy& copy : copies) {
    if (copy_of && copy.file == *copy_of) continue;
    // Text recurring in many files is house text (a standard disclaimer):
    // the first few later copies only are reported.
    if (!copy.within_budget) continue;
    Finding finding;
    finding.rule = std::string(id());
    finding.severity = severity_;
    finding.message = "paragraph repeats a paragraph of " + copy.place.path + " (line " +
                      std::to_string(copy.place.line) + "); check that reusing it is intended";
    finding.span = digest.paragraphs[copy.paragraph].span;
    finding.related.push_back(copy.place);
    finding.related.back().message = "earlier copy";
    findings.push_back(std::move(finding));
  }
}

void DuplicateTextCheck::Compare(const CrossFileDigest& base, FindingSink findings) {
  const auto& digest = static_cast<const FileDigest&>(base);
  const uint32_t file = memory_->AddFile(digest.path);
  const auto is_other_file = [&](uint32_t other) {
    return other != file && memory_->Path(other) != digest.path;
  };

  // Each comparable paragraph's earlier copy in another file, if any. Every
  // later copy counts against the first copy's report budget, reported or
  // not, so the budget depends on that paragraph's copies alone (as in the
  // distributed join).
  std::vector<EarlierCopy> copies;
  const size_t comparable = digest.paragraphs.size();
  for (size_t i = 0; i < comparable; ++i) {
    RememberedPlace* place = memory_->FindParagraph(digest.paragraphs[i].hash);
    if (place == nullptr || !is_other_file(place->file)) continue;
    EarlierCopy& copy = copies.emplace_back();
    copy.paragraph = i;
    copy.file = place->file;
    copy.place = memory_->Related(*place, "");
    copy.start = memory_->Related(memory_->ArticleStart(place->file), "");
    copy.within_budget = place->reports < options_.max_reports_per_paragraph;
    if (place->reports < UINT32_MAX) ++place->reports;
  }
  std::optional<EarlierArticle> same_text;
  const int64_t same = digest.whole_text ? memory_->FindArticle(digest.article_hash) : -1;
  if (same >= 0 && is_other_file(static_cast<uint32_t>(same))) {
    same_text =
        EarlierArticle{static_cast<uint64_t>(same),
                       memory_->Related(memory_->ArticleStart(static_cast<uint32_t>(same)), "")};
  }
  Decide(digest, copies, same_text, findings);

  // Remember this document's start and its first paragraphs (a bounded
  // number per file, counted whether or not an earlier file had them).
  if (digest.whole_text) {
    memory_->RememberArticle(digest.article_hash, digest.start_source, digest.start_at.line,
                             digest.start_at.column, file);
  }
  for (size_t i = 0; i < comparable && i < options_.max_paragraphs_per_file; ++i) {
    const FileDigest::Paragraph& paragraph = digest.paragraphs[i];
    memory_->RememberParagraph(paragraph.hash, paragraph.source, paragraph.at.line,
                               paragraph.at.column, file);
  }
}

namespace {

constexpr std::string_view kParagraphKey = "duplicate-text:p:";
constexpr std::string_view kArticleKey = "duplicate-text:a:";

RelatedLocation RelatedOf(const FingerprintRecord& record, const RecordPlace& place) {
  RelatedLocation related;
  related.path = record.article.path;
  related.span = place.source;
  related.line = place.line;
  related.column = place.column;
  return related;
}

// The earlier articles of `resolutions` in run order, numbered from 0, as
// Compare numbers files.
std::map<ArticleRef, uint64_t> NumberEarlier(std::span<const Resolution* const> resolutions) {
  std::map<ArticleRef, uint64_t> number;
  for (const Resolution* resolution : resolutions) number.emplace(resolution->earlier.article, 0);
  uint64_t next = 0;
  for (auto& [article, n] : number) n = next++;
  return number;
}

}  // namespace

void DuplicateTextCheck::Records(const CrossFileDigest& base, const ArticleRef& article,
                                 std::vector<FingerprintRecord>* records) const {
  const auto& digest = static_cast<const FileDigest&>(base);
  RecordPlace start{digest.start, digest.start_source, digest.start_at.line,
                    digest.start_at.column};
  auto add = [&](std::string key, uint64_t item) -> FingerprintRecord& {
    FingerprintRecord& record = records->emplace_back();
    record.check = std::string(id());
    record.key = std::move(key);
    record.article = article;
    record.item = item;
    record.start = start;
    return record;
  };
  if (digest.whole_text) add(FingerprintKey(kArticleKey, digest.article_hash), 0);
  for (size_t i = 0; i < digest.paragraphs.size(); ++i) {
    const FileDigest::Paragraph& paragraph = digest.paragraphs[i];
    FingerprintRecord& record = add(FingerprintKey(kParagraphKey, paragraph.hash), i);
    record.place = {paragraph.span, paragraph.source, paragraph.at.line, paragraph.at.column};
    // As Compare: a bounded number per file, and places that fit 32 bits.
    record.of = digest.paragraphs.size();
    record.remember = i < options_.max_paragraphs_per_file && paragraph.source.end <= UINT32_MAX &&
                      paragraph.at.line <= UINT32_MAX && paragraph.at.column <= UINT32_MAX;
  }
}

std::unique_ptr<CrossFileDigest> DuplicateTextCheck::FromRecords(
    std::span<const FingerprintRecord> records) const {
  auto digest = std::make_unique<FileDigest>();
  bool any = false;
  for (const FingerprintRecord& record : records) {
    if (record.check != id()) continue;
    any = true;
    digest->path = record.article.path;
    digest->start = record.start.span;
    digest->start_source = record.start.source;
    digest->start_at.line = record.start.line;
    digest->start_at.column = record.start.column;
    if (std::optional<uint64_t> hash = FingerprintKeyHash(record.key, kArticleKey)) {
      digest->article_hash = *hash;
      digest->whole_text = true;
    } else if (std::optional<uint64_t> hash = FingerprintKeyHash(record.key, kParagraphKey)) {
      FileDigest::Paragraph& paragraph = digest->paragraphs.emplace_back();
      paragraph.hash = *hash;
      paragraph.span = record.place.span;
      paragraph.source = record.place.source;
      paragraph.at.line = record.place.line;
      paragraph.at.column = record.place.column;
    }
  }
  if (!any) return nullptr;
  return digest;
}

void DuplicateTextCheck::JoinKey(std::span<const FingerprintRecord* const> records,
                                 std::vector<Resolution>* resolutions) const {
  if (records.empty()) return;
  const bool article_key = FingerprintKeyHash(records.front()->key, kArticleKey).has_value();
  // As Compare's memory: the first remembered record of the key is the
  // earlier copy of every later record in another article.
  const FingerprintRecord* first = nullptr;
  uint64_t reports = 0;
  for (const FingerprintRecord* record : records) {
    if (first != nullptr && first->article.path != record->article.path) {
      Resolution& resolution = resolutions->emplace_back();
      resolution.check = std::string(id());
      resolution.article = record->article;
      resolution.item = record->item;
      resolution.kind = article_key ? "same-text" : "copy";
      resolution.of = record->of;
      resolution.within = reports < options_.max_reports_per_paragraph;
      if (!article_key) ++reports;
      resolution.earlier = *first;
    }
    if (first == nullptr && (article_key || record->remember)) first = record;
  }
}

void DuplicateTextCheck::Resolve(const CrossFileDigest& base,
                                 std::span<const Resolution* const> resolutions,
                                 FindingSink findings) const {
  const auto& digest = static_cast<const FileDigest&>(base);
  const std::map<ArticleRef, uint64_t> number = NumberEarlier(resolutions);
  std::vector<EarlierCopy> copies;
  std::optional<EarlierArticle> same_text;
  for (const Resolution* resolution : resolutions) {
    const FingerprintRecord& earlier = resolution->earlier;
    const uint64_t file = number.at(earlier.article);
    if (resolution->kind == "same-text") {
      same_text = EarlierArticle{file, RelatedOf(earlier, earlier.start)};
      continue;
    }
    if (resolution->kind != "copy" || resolution->item >= digest.paragraphs.size()) continue;
    EarlierCopy& copy = copies.emplace_back();
    copy.paragraph = resolution->item;
    copy.file = file;
    copy.place = RelatedOf(earlier, earlier.place);
    copy.start = RelatedOf(earlier, earlier.start);
    copy.within_budget = resolution->within;
  }
  std::sort(copies.begin(), copies.end(),
            [](const EarlierCopy& a, const EarlierCopy& b) { return a.paragraph < b.paragraph; });
  Decide(digest, copies, same_text, findings);
}

bool DuplicateTextCheck::Reports(std::span<const Resolution* const> resolutions) const {
  // Resolve on an article of the right size, its places left empty: only
  // whether a finding comes out matters.
  FileDigest digest;
  uint64_t paragraphs = 0;
  for (const Resolution* resolution : resolutions) {
    paragraphs = std::max({paragraphs, resolution->of, resolution->item + 1});
  }
  digest.paragraphs.resize(std::min<uint64_t>(paragraphs, 1u << 20));
  std::vector<Finding> findings;
  Resolve(digest, resolutions, &findings);
  return !findings.empty();
}

}  // namespace qa
