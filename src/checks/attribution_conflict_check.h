// attribution-conflict: the same quoted words given to different speakers,
// in one article or across the files audited in one run. Quotes are compared
// after normalising case, whitespace, quote styles and punctuation, and only
// when they have at least min_words words. Speakers are the same when their
// names match, one is an alias of the other, or one name is contained word
// by word in the other ("Varga" and "Mayor Elena Varga").
//
// Memory stays small for archives: per distinct quote, a 64-bit hash of its
// normalised words and where it was first attributed (document, path id,
// speaker id, span, line, column); paths and speakers are interned once.
// The finding is reported at the later quote, with `related` pointing at the
// first attribution.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checks/check.h"
#include "core/line_index.h"
#include "rules/option_reader.h"

namespace qa {

// The words of a quote, lowercased and joined by single spaces, with quote
// marks, punctuation and whitespace differences removed. Sets *words.
std::string NormalizeQuotedWords(std::string_view text, size_t* words);

// Options, read from rules/attribution-conflict.json (which holds the
// defaults) when the check is built.
struct AttributionConflictOptions {
  size_t min_words = 0;       // quotes with fewer words are never compared (1 at least)
  bool across_files = false;  // compare quotes in different files too

  static AttributionConflictOptions Read(OptionReader* reader);
};

class AttributionConflictCheck : public Check {
 public:
  static std::unique_ptr<Check> Create(const RuleInfo& rule, const RuleSet& rules,
                                       std::vector<RuleError>* errors);
  ~AttributionConflictCheck() override;

  std::string_view id() const override { return "attribution-conflict"; }
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

 private:
  // A speaker as one article names them: the spelling, the normalised name
  // and the aliases that article gives them. Two speakers are compared with
  // their own aliases only, so the verdict depends on the two quotes alone
  // (as in the distributed join), not on what other articles said.
  struct Speaker {
    std::string display;
    std::string key;
    std::vector<std::string> aliases;
  };
  struct FirstUse {
    uint32_t document = 0;
    uint32_t path = 0;
    uint32_t speaker = 0;
    uint32_t line = 0;
    uint32_t column = 0;
    Span span;         // in its document's analysis text
    Span source_span;  // in its file's bytes, for a report on another file
  };

  // One comparable quote of a document: everything the comparison needs.
  struct QuoteDigest {
    uint64_t hash = 0;    // of the normalised words
    std::string speaker;  // as this article spells it
    std::string speaker_key;
    std::vector<std::string> alias_keys;
    Span span;         // the quote in the analysis text
    Span source_span;  // in the file's bytes
    uint32_t line = 0;
    uint32_t column = 0;
    // Of the quoted words, for the message: made when a message or a record
    // needs it from `quoted`, the words themselves when they are short (most
    // quotes, and most never conflict), else made at once.
    std::string excerpt;
    std::string quoted;
  };
  static std::string ExcerptOf(const QuoteDigest& quote);
  struct FileDigest;
  struct Memory;

  AttributionConflictCheck(Severity severity, const AttributionConflictOptions& options);
  std::unique_ptr<FileDigest> MakeDigest(const CheckContext& context) const;
  // Compares a document's quotes with `memory` (earlier quotes of the run, or
  // of the document alone) and remembers them there.
  void CompareWith(const FileDigest& digest, Memory* memory, FindingSink findings) const;
  static uint32_t InternSpeaker(const QuoteDigest& quote, Memory* memory);
  static bool SameSpeaker(std::string_view key_a, const std::vector<std::string>& aliases_a,
                          std::string_view key_b, const std::vector<std::string>& aliases_b);
  // Where the words of a later quote were first attributed.
  struct EarlierUse {
    std::string_view speaker;  // as that article spelt the name
    std::string_view path;
    Span span;         // in that article's analysis text
    Span source_span;  // in its file's bytes
    uint64_t line = 0;
    uint64_t column = 0;
    bool same_document = false;
  };
  // The finding for `quote`, whose words `first` gave to another speaker.
  Finding Conflict(const QuoteDigest& quote, const EarlierUse& first) const;

  // Every quote remembered so far, shared across configs with across_files.
  struct Memory : CrossFileState {
    uint32_t documents_seen = 0;
    std::unordered_map<uint64_t, FirstUse> first_use;
    std::vector<std::string> paths;
    std::vector<Speaker> speakers;
    std::unordered_map<std::string, uint32_t> speaker_ids;  // by spelling, name and aliases
  };

  Severity severity_;
  size_t min_words_;
  bool across_files_;
  std::shared_ptr<Memory> memory_ = std::make_shared<Memory>();
};

}  // namespace qa
