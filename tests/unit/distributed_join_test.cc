// The distributed run (docs/scale.md): articles audited apart with
// --emit-fingerprints, the records shuffled by key and joined in several
// partitions, then the resolutions applied (--resolutions) give exactly the
// findings of one ordered run over the same articles; and a fingerprint file
// as --reference counts as the articles it was made from.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "builtin_scanner.h"
#include "checks/registry.h"
#include "cli/auditor.h"
#include "cli/fingerprint_join.h"
#include "cli/fingerprint_json.h"
#include "io/plain_text_reader.h"
#include "rules/rule_loader.h"

namespace qa {
namespace {

const RuleSet& Builtin() { return test_scanner::BuiltinRules(); }

struct Article {
  std::string archive;
  size_t line;
  std::string text;
  std::string path() const { return archive + "#" + std::to_string(line); }
};

// Invented wire copy: a house disclaimer in many articles, a story copied
// whole into another archive, one that repeats most of another, and the same
// words given to two different people (and to one person under two names).
const std::string kHouse =
    "Readers can reach the Harbour Ledger newsroom by letter or at the front desk on weekdays.\n\n";
const std::string kFerry =
    "\"We will reopen the ferry line before the summer season starts,\" said Mayor Ilse "
    "Brandt.\n\n";
const std::string kPier =
    "The old pier at Kessel Point lost three of its pylons in the February gales last year.\n\n";
const std::string kMarket =
    "Stallholders at the fish market moved their stands to the car park during the repairs.\n\n";
const std::string kToll =
    "Councillors voted to keep the bridge toll at its current level until the spring review.\n\n";

std::vector<Article> Articles() {
  return {
      {"a-north.jsonl", 1, kFerry + kPier + kMarket + kHouse},
      {"a-north.jsonl", 2, kToll + kHouse},
      {"a-north.jsonl", 3,
       "\"The toll money goes straight into the repair fund every month,\" said Anders Moll.\n\n" +
           kHouse},
      {"b-south.jsonl", 1, kFerry + kPier + kMarket + kHouse},  // a whole copy
      {"b-south.jsonl", 2,
       "\"We will reopen the ferry line before the summer season starts,\" said Anders Moll.\n\n" +
           kHouse},
      {"b-south.jsonl", 3,
       "\"We will reopen the ferry line before the summer season starts,\" Brandt said.\n\n" +
           kToll},
      {"c-west.jsonl", 1,
       kPier + kMarket + kToll +
           "Ferry crews said the timetable would be printed in the next edition.\n\n" + kHouse},
      {"c-west.jsonl", 2,
       "\"The toll money goes straight into the repair fund every month,\" said Ilse Brandt.\n\n"
       "\"The toll money goes straight into the repair fund every month,\" said Pia Lund.\n\n" +
           kHouse},
  };
}

// One finding as an editor sees it, with its related place.
std::string Describe(const Finding& finding) {
  std::string out = finding.rule + " [" + std::to_string(finding.span.begin) + "," +
                    std::to_string(finding.span.end) + ") " + finding.message;
  for (const RelatedLocation& related : finding.related) {
    out += " | " + related.path + " [" + std::to_string(related.span.begin) + "," +
           std::to_string(related.span.end) + ") " + std::to_string(related.line) + ":" +
           std::to_string(related.column) + " " + related.message;
  }
  return out;
}

using FindingsByArticle = std::map<std::string, std::vector<std::string>>;

std::unique_ptr<Auditor> MakeAuditor() {
  std::vector<RuleError> errors;
  std::unique_ptr<Auditor> auditor = Auditor::Create(Builtin(), &errors);
  for (const RuleError& error : errors) ADD_FAILURE() << error.ToString();
  return auditor;
}

// Audits `articles` in order with `auditor`; the findings of each.
FindingsByArticle AuditAll(Auditor* auditor, const std::vector<Article>& articles) {
  FindingsByArticle out;
  for (const Article& article : articles) {
    LoadResult loaded = LoadPlainText(article.path(), article.text);
    PreparedAudit prepared = auditor->Prepare(std::move(*loaded.document));
    if (auditor->Skips(article.path())) continue;
    prepared.file.origin =
        ArticleOrigin{article.archive, article.line, std::to_string(article.line)};
    AuditedFile audited = auditor->Finish(std::move(prepared));
    std::vector<std::string>& findings = out[article.path()];
    for (const Finding& finding : audited.findings) findings.push_back(Describe(finding));
  }
  return out;
}

// The records each article's audit writes, through their JSON form.
std::vector<FingerprintRecord> Emit(const std::vector<Article>& articles) {
  std::unique_ptr<Auditor> auditor = MakeAuditor();
  std::vector<FingerprintRecord> records;
  auditor->set_fingerprint_sink([&](const FingerprintRecord& record) {
    std::string error;
    std::optional<FingerprintRecord> back = RecordFromJson(RecordToJson(record), &error);
    EXPECT_TRUE(back.has_value()) << error;
    if (back) records.push_back(std::move(*back));
  });
  FindingsByArticle within = AuditAll(auditor.get(), articles);
  return records;
}

// Joins `records` in `partitions` groups by key, as a cluster would after
// its shuffle, and collects the resolutions through their JSON form.
ResolutionIndex JoinInPartitions(std::vector<FingerprintRecord> records, size_t partitions) {
  std::vector<RuleError> errors;
  std::vector<std::unique_ptr<Check>> checks = MakeChecks(Builtin(), &errors);
  std::vector<const Check*> check_list;
  for (const auto& check : checks) check_list.push_back(check.get());
  // The shuffle loses the articles' order: the join must restore it.
  std::reverse(records.begin(), records.end());
  std::vector<std::vector<FingerprintRecord>> parts(partitions);
  for (FingerprintRecord& record : records) {
    parts[std::hash<std::string>{}(record.key) % partitions].push_back(std::move(record));
  }
  ResolutionIndex index;
  for (const auto& part : parts) {
    JoinResult joined = JoinRecords(part, check_list);
    EXPECT_TRUE(joined.unknown.empty());
    for (const Resolution& resolution : joined.resolutions) {
      std::string error;
      std::optional<Resolution> back = ResolutionFromJson(ResolutionToJson(resolution), &error);
      EXPECT_TRUE(back.has_value()) << error;
      if (back) index.Add(std::move(*back));
    }
  }
  return index;
}

size_t Count(const FindingsByArticle& findings, const std::string& article,
             const std::string& prefix) {
  auto it = findings.find(article);
  if (it == findings.end()) return 0;
  return static_cast<size_t>(
      std::count_if(it->second.begin(), it->second.end(),
                    [&](const std::string& f) { return f.rfind(prefix, 0) == 0; }));
}

TEST(DistributedJoinTest, JoinedFindingsEqualOneOrderedRun) {
  const std::vector<Article> articles = Articles();
  std::unique_ptr<Auditor> single_auditor = MakeAuditor();
  const FindingsByArticle single = AuditAll(single_auditor.get(), articles);

  // The planted cases are there in the single run to begin with.
  EXPECT_EQ(Count(single, "b-south.jsonl#1", "duplicate-text [0,"), 1u)
      << "the whole copy of a-north.jsonl#1";
  EXPECT_GE(Count(single, "b-south.jsonl#2", "attribution-conflict"), 1u);
  EXPECT_EQ(Count(single, "b-south.jsonl#3", "attribution-conflict"), 0u)
      << "Brandt is Mayor Ilse Brandt";
  EXPECT_GE(Count(single, "c-west.jsonl#1", "duplicate-text"), 1u);
  EXPECT_EQ(Count(single, "c-west.jsonl#2", "attribution-conflict"), 2u)
      << "Ilse Brandt against Anders Moll's earlier quote, and Pia Lund too";

  for (size_t partitions : {1u, 2u, 5u}) {
    SCOPED_TRACE("partitions " + std::to_string(partitions));
    ResolutionIndex resolutions = JoinInPartitions(Emit(articles), partitions);
    std::unique_ptr<Auditor> resolver = MakeAuditor();
    resolver->set_resolutions(&resolutions, /*only_resolved=*/false);
    EXPECT_EQ(AuditAll(resolver.get(), articles), single);

    // --only-resolved: the articles with a cross-article finding only, and
    // the same findings for them.
    std::unique_ptr<Auditor> only = MakeAuditor();
    only->set_resolutions(&resolutions, /*only_resolved=*/true);
    const FindingsByArticle resolved = AuditAll(only.get(), articles);
    EXPECT_LT(resolved.size(), articles.size());
    for (const auto& [path, findings] : resolved) EXPECT_EQ(findings, single.at(path)) << path;
  }
}

TEST(DistributedJoinTest, HouseTextIsReportedAtItsFirstFewCopiesOnly) {
  std::unique_ptr<Auditor> auditor = MakeAuditor();
  const FindingsByArticle single = AuditAll(auditor.get(), Articles());
  size_t house_reports = 0;
  for (const auto& [path, findings] : single) {
    for (const std::string& finding : findings) {
      house_reports +=
          finding.find("paragraph repeats a paragraph of a-north.jsonl#1") != std::string::npos &&
          finding.find("(line 7)") != std::string::npos;
    }
  }
  // Six later copies of the disclaimer; the budget is three later copies,
  // and the whole-article copy's counts against it though its finding is
  // the whole-article one.
  EXPECT_EQ(house_reports, 2u);
}

TEST(DistributedJoinTest, AFingerprintReferenceCountsAsItsArticles) {
  const std::vector<Article> articles = Articles();
  std::unique_ptr<Auditor> single_auditor = MakeAuditor();
  const FindingsByArticle single = AuditAll(single_auditor.get(), articles);

  // The first two archives as a fingerprint file, the third audited.
  std::vector<Article> earlier(articles.begin(), articles.begin() + 6);
  std::vector<Article> later(articles.begin() + 6, articles.end());
  std::vector<FingerprintRecord> records = Emit(earlier);
  std::unique_ptr<Auditor> auditor = MakeAuditor();
  for (size_t begin = 0; begin < records.size();) {
    size_t end = begin + 1;
    while (end < records.size() && records[end].article == records[begin].article) ++end;
    auditor->RememberRecords(std::span(records).subspan(begin, end - begin));
    begin = end;
  }
  const FindingsByArticle checked = AuditAll(auditor.get(), later);
  for (const Article& article : later) {
    EXPECT_EQ(checked.at(article.path()), single.at(article.path())) << article.path();
  }
}

}  // namespace
}  // namespace qa
