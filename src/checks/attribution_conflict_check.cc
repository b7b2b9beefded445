#include "checks/attribution_conflict_check.h"

#include <algorithm>
#include <cstring>
#include <optional>

#include "checks/check_text.h"
#include "checks/fingerprint_key.h"
#include "core/forward_positions.h"

namespace qa {
namespace {

// Entity names start with a capital (or a non-ASCII letter, "Élodie");
// descriptions the attributor could not resolve start in lower case.
bool IsName(std::string_view name) {
  if (name.empty()) return false;
  unsigned char first = static_cast<unsigned char>(name.front());
  return (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first >= 0x80;
}

using check_text::ShortExcerpt;

constexpr size_t kExcerptCodePoints = 50;
// Quoted words up to this many bytes are kept as they are and their excerpt
// made only if it is needed; a longer quote's excerpt is made at once.
constexpr size_t kKeptQuoteBytes = 512;

size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Decodes the code point of a well-formed sequence; 0 for anything else
// (treated as a letter by the caller, so odd bytes still distinguish words).
uint32_t CodePoint(std::string_view seq) {
  auto b = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(seq[i])); };
  if (seq.size() == 2) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
  if (seq.size() == 3) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  if (seq.size() == 4) {
    return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  }
  return 0;
}

// Non-ASCII code points that separate words: Latin-1 punctuation and
// no-break space, general punctuation (curly quotes, dashes, ellipsis),
// CJK punctuation and brackets.
bool IsSeparator(uint32_t cp) {
  return (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F);
}

uint64_t Fnv1a64(std::string_view text) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// Whether `needle`'s words occur as a contiguous run of `haystack`'s words.
bool ContainsWords(std::string_view haystack, std::string_view needle) {
  if (needle.empty() || needle.size() > haystack.size()) return false;
  for (size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    bool starts = pos == 0 || haystack[pos - 1] == ' ';
    size_t end = pos + needle.size();
    bool ends = end == haystack.size() || haystack[end] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

uint32_t Clamp32(size_t value) {
  return static_cast<uint32_t>(std::min<size_t>(value, UINT32_MAX));
}

}  // namespace

std::string NormalizeQuotedWords(std::string_view text, size_t* words) {
  // Never longer than the text: a word keeps its length (a folded capital
  // its bytes) and the one space between two words stands for at least one
  // separator. So the bytes are written in place, not appended one by one.
  std::string out(text.size(), '\0');
  char* const begin = out.data();
  char* at = begin;
  *words = 0;
  bool in_word = false;
  auto open_word = [&] {
    if (in_word) return;
    if (at != begin) *at++ = ' ';
    ++*words;
    in_word = true;
  };
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        open_word();
        *at++ = static_cast<char>(c);
      } else if (c >= 'A' && c <= 'Z') {
        open_word();
        *at++ = static_cast<char>(c - 'A' + 'a');
      } else {
        in_word = false;
      }
      ++i;
      continue;
    }
    const size_t len = std::min(SequenceLength(c), text.size() - i);
    const std::string_view seq = text.substr(i, len);
    const uint32_t cp = CodePoint(seq);
    if (IsSeparator(cp)) {
      in_word = false;
    } else {
      open_word();
      std::memcpy(at, seq.data(), len);
      // Latin-1 capitals fold to their small letters, 0x20 above.
      if (cp >= 0xC0 && cp <= 0xDE && len == 2) {
        at[1] = static_cast<char>(static_cast<unsigned char>(at[1]) + 0x20);
      }
      at += len;
    }
    i += len;
  }
  out.resize(static_cast<size_t>(at - begin));
  return out;
}

std::unique_ptr<Check> AttributionConflictCheck::Create(const RuleInfo& rule, const RuleSet& rules,
                                                        std::vector<RuleError>* errors) {
  OptionReader reader(rule, errors);
  const AttributionConflictOptions options = AttributionConflictOptions::Read(&reader);
  if (!reader.Finish()) return nullptr;
  return std::unique_ptr<Check>(new AttributionConflictCheck(rule.severity, options));
}

AttributionConflictOptions AttributionConflictOptions::Read(OptionReader* reader) {
  AttributionConflictOptions o;
  o.min_words = std::max<size_t>(1, reader->Count("min_words"));
  o.across_files = reader->Bool("across_files");
  return o;
}

AttributionConflictCheck::AttributionConflictCheck(Severity severity,
                                                   const AttributionConflictOptions& options)
    : severity_(severity), min_words_(options.min_words), across_files_(options.across_files) {}

AttributionConflictCheck::~AttributionConflictCheck() = default;

std::shared_ptr<CrossFileState> AttributionConflictCheck::cross_file_state() {
  return across_files_ ? memory_ : nullptr;
}

void AttributionConflictCheck::set_cross_file_state(std::shared_ptr<CrossFileState> state) {
  if (across_files_ && state != nullptr)
    memory_ = std::static_pointer_cast<Memory>(std::move(state));
}

// A document's comparable quotes, in order.
struct AttributionConflictCheck::FileDigest : CrossFileDigest {
  std::string path;
  std::vector<QuoteDigest> quotes;
};

std::unique_ptr<AttributionConflictCheck::FileDigest> AttributionConflictCheck::MakeDigest(
    const CheckContext& context) const {
  const Document& document = context.document;
  const ScanResult& scan = context.scan;
  auto digest = std::make_unique<FileDigest>();
  digest->path = document.path;
  ForwardPositions positions(document.original());  // quotes come in text order
  digest->quotes.reserve(scan.quotes.size());
  for (const Quote& quote : scan.quotes) {
    const Entity* entity = scan.SpeakerOf(quote);
    if (!IsSpokenQuote(quote) || entity == nullptr || quote.inner.end > document.text.size()) {
      continue;
    }
    // A source left as a description ("the nominee", "he", "experts") may be
    // the named speaker of the other copy: only two names can conflict.
    if (!IsName(entity->name)) continue;
    size_t words = 0;
    std::string normal = NormalizeQuotedWords(document.Text(quote.inner), &words);
    if (words < min_words_) continue;
    QuoteDigest& item = digest->quotes.emplace_back();
    item.hash = Fnv1a64(normal);
    item.speaker = entity->name;
    size_t ignored = 0;
    item.speaker_key = NormalizeQuotedWords(entity->name, &ignored);
    for (const std::string& alias : entity->aliases) {
      std::string key = NormalizeQuotedWords(alias, &ignored);
      if (!key.empty()) item.alias_keys.push_back(std::move(key));
    }
    item.span = quote.span;
    item.source_span = document.ToSource(quote.span);
    if (across_files_) {
      LineColumn at = positions.At(item.source_span.begin);
      item.line = Clamp32(at.line);
      item.column = Clamp32(at.column);
    }
    const std::string_view quoted = document.Text(quote.inner);
    if (quoted.size() <= kKeptQuoteBytes) {
      item.quoted = std::string(quoted);
    } else {
      item.excerpt = ShortExcerpt(quoted, kExcerptCodePoints);
    }
  }
  return digest;
}

std::string AttributionConflictCheck::ExcerptOf(const QuoteDigest& quote) {
  return quote.quoted.empty() ? quote.excerpt : ShortExcerpt(quote.quoted, kExcerptCodePoints);
}

uint32_t AttributionConflictCheck::InternSpeaker(const QuoteDigest& quote, Memory* memory) {
  std::string variant = quote.speaker + '\x1f' + quote.speaker_key;
  for (const std::string& alias : quote.alias_keys) variant += '\x1f' + alias;
  auto [it, inserted] =
      memory->speaker_ids.try_emplace(std::move(variant), Clamp32(memory->speakers.size()));
  if (inserted) memory->speakers.push_back({quote.speaker, quote.speaker_key, quote.alias_keys});
  return it->second;
}

bool AttributionConflictCheck::SameSpeaker(std::string_view key_a,
                                           const std::vector<std::string>& aliases_a,
                                           std::string_view key_b,
                                           const std::vector<std::string>& aliases_b) {
  if (key_a == key_b) return true;
  if (ContainsWords(key_a, key_b) || ContainsWords(key_b, key_a)) return true;
  auto has = [](const std::vector<std::string>& list, std::string_view name) {
    return std::find(list.begin(), list.end(), name) != list.end();
  };
  return has(aliases_a, key_b) || has(aliases_b, key_a);
}

Finding AttributionConflictCheck::Conflict(const QuoteDigest& quote,
                                           const EarlierUse& first) const {
  const std::string earlier(first.speaker);
  RelatedLocation related;
  related.span = first.span;
  related.message = "the same words given to \"" + earlier + "\" here";
  std::string where = "earlier in this article";
  if (!first.same_document) {
    related.span = first.source_span;
    related.path = std::string(first.path);
    related.line = first.line;
    related.column = first.column;
    where = "in " + related.path + ":" + std::to_string(first.line) + ":" +
            std::to_string(first.column);
  }
  Finding finding;
  finding.rule = std::string(id());
  finding.severity = severity_;
  finding.message = "attribution conflict: \"" + ExcerptOf(quote) + "\" is given to \"" +
                    quote.speaker + "\" here but to \"" + earlier + "\" " + where;
  finding.span = quote.span;
  finding.related.push_back(std::move(related));
  return finding;
}

void AttributionConflictCheck::CompareWith(const FileDigest& digest, Memory* memory,
                                           FindingSink findings) const {
  const uint32_t document_id = memory->documents_seen++;
  std::optional<uint32_t> path_id;  // interned on the first quote remembered
  for (const QuoteDigest& quote : digest.quotes) {
    auto it = memory->first_use.find(quote.hash);
    if (it == memory->first_use.end()) {
      if (!path_id) {
        path_id = Clamp32(memory->paths.size());
        memory->paths.push_back(digest.path);
      }
      FirstUse use;
      use.document = document_id;
      use.path = *path_id;
      use.speaker = InternSpeaker(quote, memory);
      use.span = quote.span;
      use.source_span = quote.source_span;
      use.line = quote.line;
      use.column = quote.column;
      memory->first_use.emplace(quote.hash, use);
      continue;
    }
    const FirstUse& first = it->second;
    const Speaker& speaker = memory->speakers[first.speaker];
    if (SameSpeaker(speaker.key, speaker.aliases, quote.speaker_key, quote.alias_keys)) continue;
    findings.push_back(Conflict(
        quote, EarlierUse{speaker.display, memory->paths[first.path], first.span, first.source_span,
                          first.line, first.column, first.document == document_id}));
  }
}

void AttributionConflictCheck::Run(const CheckContext& context, FindingSink findings) const {
  // The document alone: its quotes against each other.
  Memory memory;
  CompareWith(*MakeDigest(context), &memory, findings);
}

std::unique_ptr<CrossFileDigest> AttributionConflictCheck::Digest(const CheckContext& context,
                                                                  FindingSink findings) const {
  if (!across_files_) {
    Run(context, findings);
    return nullptr;
  }
  return MakeDigest(context);
}

void AttributionConflictCheck::Compare(const CrossFileDigest& digest, FindingSink findings) {
  CompareWith(static_cast<const FileDigest&>(digest), memory_.get(), findings);
}

namespace {

constexpr std::string_view kQuoteKey = "attribution-conflict:";

}  // namespace

void AttributionConflictCheck::Records(const CrossFileDigest& base, const ArticleRef& article,
                                       std::vector<FingerprintRecord>* records) const {
  const auto& digest = static_cast<const FileDigest&>(base);
  for (size_t j = 0; j < digest.quotes.size(); ++j) {
    const QuoteDigest& quote = digest.quotes[j];
    FingerprintRecord& record = records->emplace_back();
    record.check = std::string(id());
    record.key = FingerprintKey(kQuoteKey, quote.hash);
    record.article = article;
    record.item = j;
    record.place = {quote.span, quote.source_span, quote.line, quote.column};
    record.speaker = quote.speaker;
    record.speaker_key = quote.speaker_key;
    record.aliases = quote.alias_keys;
    record.excerpt = ExcerptOf(quote);
  }
}

std::unique_ptr<CrossFileDigest> AttributionConflictCheck::FromRecords(
    std::span<const FingerprintRecord> records) const {
  auto digest = std::make_unique<FileDigest>();
  bool any = false;
  for (const FingerprintRecord& record : records) {
    if (record.check != id()) continue;
    std::optional<uint64_t> hash = FingerprintKeyHash(record.key, kQuoteKey);
    if (!hash) continue;
    any = true;
    digest->path = record.article.path;
    QuoteDigest& quote = digest->quotes.emplace_back();
    quote.hash = *hash;
    quote.speaker = record.speaker;
    quote.speaker_key = record.speaker_key;
    quote.alias_keys = record.aliases;
    quote.excerpt = record.excerpt;
    quote.span = record.place.span;
    quote.source_span = record.place.source;
    quote.line = Clamp32(record.place.line);
    quote.column = Clamp32(record.place.column);
  }
  if (!any) return nullptr;
  return digest;
}

void AttributionConflictCheck::JoinKey(std::span<const FingerprintRecord* const> records,
                                       std::vector<Resolution>* resolutions) const {
  // The first record of the key is the first attribution of its words.
  if (records.empty()) return;
  const FingerprintRecord& first = *records.front();
  for (const FingerprintRecord* record : records.subspan(1)) {
    if (SameSpeaker(first.speaker_key, first.aliases, record->speaker_key, record->aliases)) {
      continue;
    }
    Resolution& resolution = resolutions->emplace_back();
    resolution.check = std::string(id());
    resolution.article = record->article;
    resolution.item = record->item;
    resolution.kind = "first-use";
    resolution.same_article = first.article == record->article;
    resolution.earlier = first;
  }
}

void AttributionConflictCheck::Resolve(const CrossFileDigest& base,
                                       std::span<const Resolution* const> resolutions,
                                       FindingSink findings) const {
  const auto& digest = static_cast<const FileDigest&>(base);
  std::vector<const Resolution*> in_order(resolutions.begin(), resolutions.end());
  std::stable_sort(in_order.begin(), in_order.end(),
                   [](const Resolution* a, const Resolution* b) { return a->item < b->item; });
  for (const Resolution* resolution : in_order) {
    if (resolution->kind != "first-use" || resolution->item >= digest.quotes.size()) continue;
    const QuoteDigest& quote = digest.quotes[resolution->item];
    const FingerprintRecord& first = resolution->earlier;
    if (SameSpeaker(first.speaker_key, first.aliases, quote.speaker_key, quote.alias_keys)) {
      continue;
    }
    findings.push_back(Conflict(
        quote, EarlierUse{first.speaker, first.article.path, first.place.span, first.place.source,
                          first.place.line, first.place.column, resolution->same_article}));
  }
}

}  // namespace qa
