#include "cli/auditor.h"

#include <algorithm>
#include <exception>
#include <future>
#include <system_error>

#include "checks/registry.h"
#include "core/finding_fingerprint.h"
#include "io/document_reader.h"

namespace qa {

std::unique_ptr<Auditor> Auditor::Create(const RuleSet& rules, std::vector<RuleError>* errors) {
  size_t errors_before = errors->size();
  std::unique_ptr<Auditor> auditor(new Auditor());
  // With user words the patterns over them compile now, most of the
  // start-up time: the scanner's and the checks' are compiled side by side
  // (both only read `rules`), and the errors are kept in the same order as
  // one after the other. Built-in patterns over built-in words compile on
  // first use, so with no user words making both takes about a
  // millisecond: a thread would cost more than it saves.
  std::vector<RuleError> check_errors;
  auto make_checks = [&rules, &check_errors] { return MakeChecks(rules, &check_errors); };
  std::future<std::vector<std::unique_ptr<Check>>> checks;
  if (rules.built_in_words_only()) {
    auditor->checks_ = make_checks();
  } else {
    try {
      checks = std::async(std::launch::async, make_checks);
    } catch (const std::system_error&) {
      auditor->checks_ = make_checks();  // no thread to spare: one after the other
    }
  }
  auditor->scanner_ = Scanner::Create(rules, errors);
  if (checks.valid()) auditor->checks_ = checks.get();
  errors->insert(errors->end(), check_errors.begin(), check_errors.end());
  auditor->suppression_ = SuppressionRulesFor(rules);
  auditor->focus_ = rules.pattern_focus();
  if (auditor->scanner_ == nullptr || errors->size() > errors_before) return nullptr;
  return auditor;
}

Auditor::~Auditor() = default;

void Auditor::FocusOn(std::string_view texts) {
  focus_->Offer(texts);
  focus_->Retire();  // the texts go after this: searches check their own runs
}

void Auditor::ShareCrossFileState(std::map<std::string, std::shared_ptr<CrossFileState>>* pool) {
  for (const auto& check : checks_) {
    std::shared_ptr<CrossFileState> own = check->cross_file_state();
    if (own == nullptr) continue;
    auto [it, is_first] = pool->try_emplace(std::string(check->id()), own);
    if (!is_first) check->set_cross_file_state(it->second);
  }
}

AuditedFile Auditor::AuditPath(const std::string& path) { return Finish(PreparePath(path)); }

AuditedFile Auditor::AuditDocument(Document document) {
  return Finish(Prepare(std::move(document)));
}

PreparedAudit Auditor::PreparePath(const std::string& path) const {
  LoadResult loaded = ReadDocument(path, reader_options_);
  if (!loaded.document) {
    PreparedAudit skipped;
    skipped.file.path = path;
    if (loaded.error)
      skipped.file.problems.push_back({loaded.error->message, loaded.error->offset});
    skipped.finished = true;
    return skipped;
  }
  return Prepare(std::move(*loaded.document));
}

namespace {

// Takes the quotes longer than `max_bytes` out of *scan, so no check reads
// them, and says where each is (Limits::max_quote_bytes).
std::vector<InputProblem> LeaveOutLongQuotes(const Document& document, size_t max_bytes,
                                             ScanResult* scan) {
  std::vector<InputProblem> problems;
  std::erase_if(scan->quotes, [&](const Quote& quote) {
    if (quote.span.size() <= max_bytes) return false;
    problems.push_back({"quote of " + std::to_string(quote.span.size()) + " bytes, longer than " +
                            LimitText("max_quote_bytes", max_bytes) + "; not checked",
                        document.SourceOffset(quote.span.begin)});
    return true;
  });
  return problems;
}

// What an input that hit a bug in a stage is left with.
void InternalError(const std::exception& error, AuditedFile* audited) {
  audited->scan = {};
  audited->findings.clear();
  audited->left_out = {};
  audited->problems.push_back({std::string("internal error while auditing: ") + error.what(), 0});
}

}  // namespace

bool Auditor::Caps(const Document& document) const {
  // Inline directives may silence any finding, so all must be seen.
  return finding_cap_.has_value() && document.comments.empty();
}

FindingSink Auditor::SinkFor(const Document& document, AuditedFile* audited) const {
  if (!Caps(document)) return FindingSink(&audited->findings);
  return FindingSink(&audited->findings, &*finding_cap_, &audited->left_out);
}

PreparedAudit Auditor::Prepare(Document document) const {
  PreparedAudit prepared;
  AuditedFile& audited = prepared.file;
  audited.path = document.path;
  // A long text gains nothing from narrower patterns (compiling is then a
  // small part of its audit) and would pay for checking each search's text.
  constexpr size_t kFocusMaxBytes = size_t{256} << 10;
  if (focus_on_document_ && document.text.size() <= kFocusMaxBytes) focus_->Offer(document.text);
  // Last line of defence for "never crash on bad input": a bug in a stage
  // costs this one file (reported, exit 2), not the batch.
  try {
    audited.scan = scanner_->Scan(document, ScanOptions{.explain = explanations_});
    prepared.over_limits =
        LeaveOutLongQuotes(document, reader_options_.limits.max_quote_bytes, &audited.scan);
    const FindingSink sink = SinkFor(document, &audited);
    const CheckContext context{document, audited.scan};
    for (size_t i = 0; i < checks_.size(); ++i) {
      std::unique_ptr<CrossFileDigest> digest = checks_[i]->Digest(context, sink);
      if (digest != nullptr) prepared.digests.emplace_back(i, std::move(digest));
    }
  } catch (const std::exception& error) {
    InternalError(error, &audited);
    prepared.digests.clear();
    prepared.finished = true;
    if (focus_on_document_) focus_->Retire();  // the document goes here
    return prepared;
  }
  // Moved, not copied: the focus holds its bytes by address until Finish.
  audited.document = std::move(document);
  return prepared;
}

AuditedFile Auditor::Finish(PreparedAudit&& prepared) {
  // The focused document's patterns are done with its bytes after this
  // (match/pattern_focus.h); its file may be freed once reported.
  struct RetireFocus {
    PatternFocus* focus;
    ~RetireFocus() {
      if (focus != nullptr) focus->Retire();
    }
  } retire{focus_on_document_ ? focus_.get() : nullptr};
  AuditedFile audited = std::move(prepared.file);
  if (prepared.finished) return audited;
  Document document = std::move(*audited.document);
  audited.document.reset();
  const FindingSink sink = SinkFor(document, &audited);
  try {
    std::vector<FingerprintRecord> records;
    for (const auto& [check, digest] : prepared.digests) {
      if (fingerprint_sink_) {
        records.clear();
        checks_[check]->Records(*digest, ArticleRefOf(audited), &records);
        for (const FingerprintRecord& record : records) fingerprint_sink_(record);
      } else if (resolutions_ != nullptr) {
        const std::vector<const Resolution*> found =
            resolutions_->For(audited.path, checks_[check]->id());
        checks_[check]->Resolve(*digest, found, sink);
      } else {
        checks_[check]->Compare(*digest, sink);
      }
    }
  } catch (const std::exception& error) {
    InternalError(error, &audited);
    return audited;
  }
  if (Caps(document)) {
    CutToCap(*finding_cap_, &audited.findings, &audited.left_out);
  } else {
    SortFindings(&audited.findings);
  }
  audited.problems = document.problems;
  if (!prepared.over_limits.empty()) {
    audited.problems.insert(audited.problems.end(), prepared.over_limits.begin(),
                            prepared.over_limits.end());
    std::stable_sort(
        audited.problems.begin(), audited.problems.end(),
        [](const InputProblem& a, const InputProblem& b) { return a.offset < b.offset; });
  }
  ApplyInlineSuppression(suppression_, document, &audited);
  if (finding_fingerprints_) {
    FingerprintFindings(document, audited.findings);
    for (SuppressedFinding& item : audited.suppressed) {
      FingerprintFindings(document, std::span<Finding>(&item.finding, 1));
    }
  }
  audited.document = std::move(document);
  return audited;
}

void Auditor::RememberRecords(std::span<const FingerprintRecord> records) {
  std::vector<Finding> ignored;  // a reference is compared with, never reported
  for (const std::unique_ptr<Check>& check : checks_) {
    if (check->cross_file_state() == nullptr) continue;
    if (std::unique_ptr<CrossFileDigest> digest = check->FromRecords(records)) {
      check->Compare(*digest, &ignored);
    }
  }
}

bool Auditor::Skips(const std::string& path) const {
  if (!only_resolved_ || resolutions_ == nullptr) return false;
  if (!resolutions_->Has(path)) return true;
  for (const std::unique_ptr<Check>& check : checks_) {
    const std::vector<const Resolution*> found = resolutions_->For(path, check->id());
    if (!found.empty() && check->Reports(found)) return false;
  }
  return true;
}

ArticleRef ArticleRefOf(const AuditedFile& audited) {
  if (audited.origin) return {audited.origin->archive, audited.origin->line, audited.path};
  return {audited.path, 0, audited.path};
}

SuppressionRules SuppressionRulesFor(const RuleSet& rules) {
  SuppressionRules suppression;
  for (const auto& [id, rule] : rules.rules()) {
    suppression.known.push_back(id);
    if (rule.enabled) suppression.enabled.push_back(id);
  }
  const RuleInfo* unused = rules.FindRule(std::string(kUnusedSuppressionRule));
  suppression.unused_severity = unused != nullptr && unused->enabled
                                    ? std::optional<Severity>(unused->severity)
                                    : std::nullopt;
  return suppression;
}

void ApplyInlineSuppression(const SuppressionRules& rules, const Document& document,
                            AuditedFile* audited) {
  if (document.comments.empty()) return;  // plain text: nothing to do
  SuppressionResult result = ApplySuppressions(document, std::move(audited->findings), rules);
  audited->findings = std::move(result.findings);
  SortFindings(&audited->findings);
  audited->suppressed = std::move(result.suppressed);
  if (!result.problems.empty()) {
    audited->problems.insert(audited->problems.end(), result.problems.begin(),
                             result.problems.end());
    std::stable_sort(
        audited->problems.begin(), audited->problems.end(),
        [](const InputProblem& a, const InputProblem& b) { return a.offset < b.offset; });
  }
}

}  // namespace qa
