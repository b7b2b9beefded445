// duplicate-text: a paragraph or sentence that repeats earlier text, in the
// same article or in another file audited in the same run, and whole articles
// that are copies of an earlier file. See docs/rules/duplicate-text.md.
#pragma once

#include <absl/container/flat_hash_map.h>

#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "checks/cross_file_memory.h"
#include "checks/deferred_shingle_index.h"
#include "checks/text_fingerprint.h"
#include "core/line_index.h"
#include "rules/option_reader.h"
#include "rules/rule_set.h"

namespace qa {

// Options, read from rules/duplicate-text.json (which holds the defaults)
// when the check is built.
struct DuplicateTextOptions {
  size_t min_words = 0;       // shorter paragraphs and sentences never count
  size_t shingle_words = 0;   // words per shingle
  double min_similarity = 0;  // share of the later text's shingles found earlier
  bool sentences = false;     // also compare sentences (when the scan found them)
  bool across_files = false;
  double article_copy_share = 0;         // share of paragraphs making a whole-article copy
  size_t max_reports_per_paragraph = 0;  // cross-file: later copies beyond this are house text
  size_t max_paragraphs_per_file = 0;    // remembered per file
  size_t max_remembered_paragraphs = 0;  // remembered in total

  // Reads every option, clamping shares to [0.05, 1] and counts to at least 1
  // where a zero would make no sense.
  static DuplicateTextOptions Read(OptionReader* reader);
};

class DuplicateTextCheck : public Check {
 public:
  // The registry's factory; fails only when the check and its rule file
  // disagree about the options.
  static std::unique_ptr<Check> Create(const RuleInfo& rule, const RuleSet& rules,
                                       std::vector<RuleError>* errors);
  DuplicateTextCheck(Severity severity, DuplicateTextOptions options);

  std::string_view id() const override { return "duplicate-text"; }
  void Run(const CheckContext& context, FindingSink findings) const override;
  std::shared_ptr<CrossFileState> cross_file_state() override;
  void set_cross_file_state(std::shared_ptr<CrossFileState> state) override;
  std::unique_ptr<CrossFileDigest> Digest(const CheckContext& context,
                                          FindingSink findings) const override;
  void Compare(const CrossFileDigest& digest, FindingSink findings) override;
  void Records(const CrossFileDigest& digest, const ArticleRef& article,
               std::vector<FingerprintRecord>* records) const override;
  std::unique_ptr<CrossFileDigest> FromRecords(
      std::span<const FingerprintRecord> records) const override;
  void JoinKey(std::span<const FingerprintRecord* const> records,
               std::vector<Resolution>* resolutions) const override;
  void Resolve(const CrossFileDigest& digest, std::span<const Resolution* const> resolutions,
               FindingSink findings) const override;
  bool Reports(std::span<const Resolution* const> resolutions) const override;

  // One paragraph or sentence, fingerprinted.
  struct Unit {
    Span span;
    int paragraph = -1;  // index into Document::paragraphs
    size_t words = 0;
    uint64_t hash = 0;  // of all normalised words
    // Its distinct shingles: its own list, or a slice of its paragraph's
    // list when that held no repeat (which then outlives every use).
    std::vector<uint64_t> own_shingles;
    std::span<const uint64_t> borrowed_shingles;
    std::span<const uint64_t> shingles() const {
      return borrowed_shingles.empty() ? std::span<const uint64_t>(own_shingles)
                                       : borrowed_shingles;
    }
  };

 private:
  struct FileDigest;

  Unit MakeUnit(const Document& document, Span span, int paragraph) const;
  // The unit of `span` from the words already read of `words_span`, which
  // must hold it, and their shingles (ShinglesInOrder of all of `words`);
  // nullopt when a word crosses its edges (read it then). `distinct`: the
  // shingles are known to hold no repeat. *all_distinct, when given, says
  // whether the unit's own shingles held none.
  std::optional<Unit> MakeUnitFromWords(const Document& document, Span span, int paragraph,
                                        Span words_span, std::span<const Word> words,
                                        std::span<const uint64_t> shingles, bool distinct,
                                        bool* all_distinct = nullptr) const;
  void SetPrint(TextFingerprint print, Unit* unit) const;
  // The findings inside one document; returns its paragraphs (without
  // their shingles) and which of them repeat an earlier one of the same
  // document.
  std::vector<Unit> CheckOneDocument(const CheckContext& context, FindingSink findings,
                                     std::vector<bool>* repeated) const;
  // The units of one kind (paragraphs or sentences) seen so far in a
  // document, observed one by one in text order: which earlier unit a new
  // one repeats, word for word (same hash) or nearly (shared shingles). It
  // keeps each unit's span and hash and the shingle index, never the units.
  class RepeatFinder {
   public:
    explicit RepeatFinder(const DuplicateTextOptions& options) : index_(options.min_similarity) {}
    struct Repeat {
      Span first;  // the earlier unit
      double similarity = 0;
      bool exact = false;
    };
    // Compares `unit` with the earlier ones, then remembers it; units with
    // fewer than min_words words are neither.
    std::optional<Repeat> Observe(const Unit& unit, const DuplicateTextOptions& options);
    // Makes room for about `shingles` shingles and `units` units up front.
    void Reserve(size_t shingles, size_t units) {
      index_.Reserve(shingles);
      first_with_hash_.reserve(units);
      spans_.reserve(units);
    }

   private:
    DeferredShingleIndex index_;  // built once a unit could repeat an earlier one
    absl::flat_hash_map<uint64_t, int> first_with_hash_;
    std::vector<Span> spans_;  // by the numbers the index lists
  };
  // Adds the finding for `unit`, a repeat. `lines` is built on the first
  // finding that needs a line number.
  void Report(const Document& document, const Unit& unit, const RepeatFinder::Repeat& repeat,
              std::string_view noun, std::optional<LineIndex>* lines, FindingSink findings) const;

  // A comparable paragraph's earlier copy in another article. `file` orders
  // the earlier articles (lower: earlier); `start` is that article's first
  // paragraph.
  struct EarlierCopy {
    size_t paragraph = 0;  // index into the digest's paragraphs
    uint64_t file = 0;
    RelatedLocation place;
    RelatedLocation start;
    bool within_budget = true;  // among the first max_reports_per_paragraph later copies
  };
  // An earlier article with the same whole text.
  struct EarlierArticle {
    uint64_t file = 0;
    RelatedLocation start;
  };
  // Compare's findings, whichever way the earlier copies were found.
  void Decide(const FileDigest& digest, const std::vector<EarlierCopy>& copies,
              const std::optional<EarlierArticle>& same_text, FindingSink findings) const;

  Severity severity_;
  DuplicateTextOptions options_;
  std::shared_ptr<CrossFileMemory> memory_;  // shared across configs
};

}  // namespace qa
