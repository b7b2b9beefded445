// End-to-end evaluation of the tiny hand-annotated corpus in tests/data/eval
// with scripted predictions, so every count below is known exactly.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "eval/eval_writer.h"
#include "eval/evaluate.h"
#include "eval_words_testing.h"
#include "rules/rule_loader.h"

namespace qa {
namespace {

const std::string kData = std::string(QA_SOURCE_DIR) + "/tests/data/eval";

// A scripted prediction. `quote` and `mention` are "context [[span]] context"
// strings located in the article (the part in brackets is the span; without
// brackets the whole string is).
struct FakeQuote {
  std::string quote;
  QuoteKind kind = QuoteKind::kDirect;
  std::string speaker;  // "" = no speaker
  SpeakerKind speaker_kind = SpeakerKind::kPerson;
  std::vector<std::string> aliases;
  std::string mention;
  std::string rule;
};

Span Locate(const std::string& text, const std::string& pattern) {
  std::string plain = pattern;
  size_t lead = 0;
  size_t length = pattern.size();
  size_t open = pattern.find("[[");
  if (open != std::string::npos) {
    size_t close = pattern.find("]]");
    plain = pattern.substr(0, open) + pattern.substr(open + 2, close - open - 2) +
            pattern.substr(close + 2);
    lead = open;
    length = close - open - 2;
  }
  size_t at = text.find(plain);
  EXPECT_NE(at, std::string::npos) << "not in the article: " << plain;
  if (at == std::string::npos) return {};
  return {at + lead, at + lead + length};
}

FakeQuote Unattributed(std::string quote, QuoteKind kind = QuoteKind::kDirect) {
  FakeQuote fake;
  fake.quote = std::move(quote);
  fake.kind = kind;
  return fake;
}

FakeQuote By(std::string quote, QuoteKind kind, std::string speaker, SpeakerKind speaker_kind,
             std::string mention, std::string rule, std::vector<std::string> aliases = {}) {
  FakeQuote fake = Unattributed(std::move(quote), kind);
  fake.speaker = std::move(speaker);
  fake.speaker_kind = speaker_kind;
  fake.mention = std::move(mention);
  fake.rule = std::move(rule);
  fake.aliases = std::move(aliases);
  return fake;
}

using Script = std::map<std::string, std::vector<FakeQuote>>;  // by file name

QuotePredictor Scripted(const Script& script) {
  return [script](const Document& document) {
    ScanResult result;
    std::string name = document.path.substr(document.path.find_last_of('/') + 1);
    auto found = script.find(name);
    if (found == script.end()) return result;
    for (const FakeQuote& fake : found->second) {
      Quote quote;
      quote.span = Locate(document.text, fake.quote);
      quote.kind = fake.kind;
      quote.attribution.rule = fake.rule;
      if (!fake.mention.empty()) quote.attribution.mention = Locate(document.text, fake.mention);
      if (!fake.speaker.empty()) {
        Entity entity;
        entity.name = fake.speaker;
        entity.kind = fake.speaker_kind;
        entity.aliases = fake.aliases;
        quote.attribution.entity = static_cast<int>(result.entities.size());
        result.entities.push_back(entity);
      }
      result.quotes.push_back(quote);
    }
    return result;
  };
}

// What a fair but imperfect system might say about the two corpus articles.
Script CorpusScript() {
  const std::string open = "\xE2\x80\x9C";   // “
  const std::string close = "\xE2\x80\x9D";  // ”
  const auto direct = QuoteKind::kDirect;
  const auto person = SpeakerKind::kPerson;
  Script script;
  script["harbour-vote.txt"] = {
      By(open + "We are not going to rush a decision that shapes the harbour for fifty years," +
             close,
         direct, "Zo\xC3\xAB Marchetti", person, "said [[Mayor Zo\xC3\xAB Marchetti]]",
         "after-said"),
      By(open + "a gift to the developers" + close, QuoteKind::kPartial, "Tomas Brenn", person, "",
         "partial-before"),
      By(open + "The pier will be built," + close, direct, "Tomas Brenn", person,
         close + " [[he]] said", "pronoun"),
      Unattributed(open + "The only question is who pays for it." + close),
      Unattributed(open + "harbour renewal" + close, QuoteKind::kScare),
      // In the headline, which the annotators marked Discard: not scored.
      Unattributed("Harbour council delays vote"),
      By("the pier would cost 4.2 million crowns", direct, "Alder Port Authority",
         SpeakerKind::kOrganization, "", "according-to"),
  };
  script["mill-closure.txt"] = {
      By(open + "It breaks my heart," + close, direct, "Ilse Korhonen", person, "", "after-said"),
      // Cut short: overlaps less than half of the gold quote.
      By(open + "My mother worked here,", direct, "Ilse Korhonen", person, "", "after-said"),
      Unattributed(open + "a betrayal of every promise made in 2019." + close, QuoteKind::kScare),
      By(open + "Workers will be offered retraining," + close, direct, "Ostrava Weaving",
         SpeakerKind::kOrganization, "", "said-org", {"the company"}),
      Unattributed(open + "Closed for inventory until Monday." + close),
      By("'We saw it coming,'", direct, "Ilse Korhonen", person, "", "after-said"),
  };
  script["kessel-bridge.txt"] = {
      By(open + "We had to replace every rivet on the north span.\n\n" + open +
             "Nobody expected the rust to run that deep," + close,
         direct, "Anouk Dahl", person, "[[chief engineer Anouk Dahl]] said", "after-said"),
  };
  return script;
}

TEST(EvalCorpusTest, CountsQuotesAndSpeakersExactly) {
  EvalReport report =
      EvaluateCorpus(kData + "/corpus", BuiltInEvalWords(), Scripted(CorpusScript()));
  for (const EvalError& error : report.errors) ADD_FAILURE() << error.ToString();
  const EvalCounts& c = report.counts;
  EXPECT_EQ(c.articles, 2u);
  EXPECT_EQ(c.attributions, 9u);
  EXPECT_EQ(c.attributions_with_quotes, 8u);  // not the "according to" paraphrase
  EXPECT_EQ(c.gold_quotes, 11u);              // the scare quote is not gold
  EXPECT_EQ(c.predicted_quotes, 10u);         // the two scare predictions do not count
  EXPECT_EQ(c.true_positives, 8u);
  EXPECT_EQ(c.false_positives, 2u);
  EXPECT_EQ(c.false_negatives, 3u);
  EXPECT_DOUBLE_EQ(c.Precision(), 0.8);
  EXPECT_DOUBLE_EQ(c.Recall(), 8.0 / 11.0);

  // Quote finding counts every reported span: the gold "a betrayal ..." that
  // was classed as a scare quote is found; "harbour renewal" (not gold) is a
  // false positive.
  EXPECT_EQ(c.predicted_spans, 12u);
  EXPECT_EQ(c.spans.true_positives, 9u);
  EXPECT_EQ(c.spans.false_positives, 3u);
  EXPECT_EQ(c.spans.false_negatives, 2u);
  EXPECT_DOUBLE_EQ(c.spans.Precision(), 0.75);
  EXPECT_DOUBLE_EQ(c.spans.Recall(), 9.0 / 11.0);

  EXPECT_EQ(c.speaker.correct, 5u);
  EXPECT_EQ(c.speaker.total, 7u);
  EXPECT_EQ(c.speaker_pronoun.correct, 1u);
  EXPECT_EQ(c.speaker_pronoun.total, 2u);
  EXPECT_EQ(c.speaker_named.correct, 3u);
  EXPECT_EQ(c.speaker_named.total, 3u);
  EXPECT_EQ(c.speaker_other.correct, 1u);
  EXPECT_EQ(c.speaker_other.total, 2u);
  EXPECT_EQ(c.speaker_by_rule.at("after-said").correct, 2u);
  EXPECT_EQ(c.speaker_by_rule.at("after-said").total, 3u);
  EXPECT_EQ(c.speaker_by_rule.at("").total, 1u);

  EXPECT_EQ(c.no_source_gold, 1u);
  EXPECT_EQ(c.no_source_matched, 1u);
  EXPECT_EQ(c.no_source_predicted_none, 1u);
  EXPECT_EQ(c.no_source_predicted_speaker, 0u);
}

TEST(EvalCorpusTest, MissesAreGroupedByKindAndReason) {
  EvalReport report =
      EvaluateCorpus(kData + "/corpus", BuiltInEvalWords(), Scripted(CorpusScript()));
  std::vector<std::string> seen;
  for (const Miss& miss : report.misses) {
    seen.push_back(std::string(MissKindName(miss.kind)) + " " +
                   miss.path.substr(miss.path.find_last_of('/') + 1) + ":" +
                   std::to_string(miss.line) + ":" + std::to_string(miss.column));
  }
  EXPECT_EQ(seen, (std::vector<std::string>{
                      "missed-quote mill-closure.txt:13:38",  // not found
                      "missed-quote mill-closure.txt:7:38",   // predicted as scare
                      "missed-quote mill-closure.txt:5:93",   // span differs
                      "extra-quote harbour-vote.txt:13:52",
                      "extra-quote mill-closure.txt:5:93",
                      "no-speaker harbour-vote.txt:9:36",
                      "wrong-speaker mill-closure.txt:13:1",
                  }));
  ASSERT_EQ(report.misses.size(), 7u);
  EXPECT_EQ(report.misses[1].note, "predicted as scare quote");
  EXPECT_EQ(report.misses[6].gold_source, "one weaver");
  EXPECT_EQ(report.misses[6].source_class, "other");
  EXPECT_EQ(report.misses[6].predicted_speaker, "Ilse Korhonen");
  EXPECT_EQ(report.misses[6].rule, "after-said");
}

TEST(EvalCorpusTest, TextSummaryShowsEachMetric) {
  EvalReport report =
      EvaluateCorpus(kData + "/corpus", BuiltInEvalWords(), Scripted(CorpusScript()));
  std::ostringstream out;
  WriteEvalText(report, /*verbose=*/true, out);
  std::string text = out.str();
  for (std::string line :
       {"  gold quotes       11 ", "  precision   0.800\n", "  recall      0.727\n",
        "  tp 8  fp 2  fn 3\n", "  tp 9  fp 3  fn 2\n", "  precision   0.750\n",
        "  all         0.714   5 / 7\n", "  pronoun     0.500   1 / 2\n",
        "Gold quotes without a source: 1 (1 matched: 1 given no speaker, 0 "
        "given a speaker)\n",
        "mill-closure.txt:13:1: wrong-speaker: 'We saw it coming,'\n"
        "    gold source: one weaver (other); predicted: Ilse Korhonen "
        "[after-said]\n"
        "    family: - source beside its cue; gold cue: \"said\"\n"}) {
    EXPECT_NE(text.find(line), std::string::npos) << "missing: " << line << "\nin:\n" << text;
  }
}

TEST(EvalCorpusTest, JsonCarriesTheSameNumbers) {
  EvalReport report =
      EvaluateCorpus(kData + "/corpus", BuiltInEvalWords(), Scripted(CorpusScript()));
  std::ostringstream out;
  WriteEvalJson(report, /*verbose=*/true, out);
  nlohmann::json json = nlohmann::json::parse(out.str());
  EXPECT_EQ(json["version"], 1);
  EXPECT_EQ(json["gold_quotes"], 11);
  EXPECT_EQ(json["quotes"]["tp"], 8);
  EXPECT_EQ(json["quotes"]["fp"], 2);
  EXPECT_EQ(json["quotes"]["fn"], 3);
  EXPECT_DOUBLE_EQ(json["quotes"]["precision"].get<double>(), 0.8);
  EXPECT_EQ(json["predicted_spans"], 12);
  EXPECT_EQ(json["spans"]["tp"], 9);
  EXPECT_EQ(json["spans"]["fp"], 3);
  EXPECT_EQ(json["spans"]["fn"], 2);
  EXPECT_EQ(json["speakers"]["pronoun"]["correct"], 1);
  EXPECT_EQ(json["speakers"]["pronoun"]["total"], 2);
  EXPECT_EQ(json["no_source"]["predicted_no_speaker"], 1);
  EXPECT_EQ(json["misses"].size(), 7u);
  EXPECT_EQ(json["misses"][6]["kind"], "wrong-speaker");
  // A speaker miss says which failure family it belongs to, and its cue.
  EXPECT_EQ(json["misses"][6]["family"], "- source beside its cue");
  EXPECT_EQ(json["misses"][6]["gold_cue"], "said");
  EXPECT_TRUE(json["errors"].empty());

  std::ostringstream quiet;
  WriteEvalJson(report, /*verbose=*/false, quiet);
  EXPECT_FALSE(nlohmann::json::parse(quiet.str()).contains("misses"));
}

TEST(EvalCorpusTest, FlatLayoutMultiParagraphQuoteAndMalformedLines) {
  EvalReport report = EvaluateCorpus(kData + "/flat", BuiltInEvalWords(), Scripted(CorpusScript()));
  EXPECT_EQ(report.counts.articles, 1u);
  EXPECT_EQ(report.counts.gold_quotes, 1u);
  EXPECT_EQ(report.counts.true_positives, 1u);
  EXPECT_EQ(report.counts.speaker.correct, 1u);
  std::vector<size_t> lines;
  for (const EvalError& error : report.errors) {
    EXPECT_NE(error.path.find("kessel-bridge.ann"), std::string::npos) << error.ToString();
    lines.push_back(error.line);
  }
  EXPECT_EQ(lines, (std::vector<size_t>{6, 7, 8, 9}));
}

class RunEvaluationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<RuleError> errors;
    scanner_ = Scanner::Create(rules_.rules, &errors);
    ASSERT_NE(scanner_, nullptr);
  }
  RuleLoadResult rules_ = LoadRules({});
  std::unique_ptr<Scanner> scanner_;
};

TEST_F(RunEvaluationTest, CleanCorpusExitsZero) {
  std::ostringstream out, err;
  EvalOptions options;
  options.corpus_dir = kData + "/corpus";
  EXPECT_EQ(RunEvaluation(options, rules_.rules, *scanner_, out, err), 0) << err.str();
  EXPECT_EQ(err.str(), "");
  EXPECT_NE(out.str().find("Quote finding"), std::string::npos);
}

TEST_F(RunEvaluationTest, MalformedAnnotationsExitTwoAfterScoringTheRest) {
  std::ostringstream out, err;
  EvalOptions options;
  options.corpus_dir = kData + "/flat";
  options.format = EvalFormat::kJson;
  EXPECT_EQ(RunEvaluation(options, rules_.rules, *scanner_, out, err), 2);
  EXPECT_NE(err.str().find("kessel-bridge.ann:8: unrecognised annotation line"), std::string::npos)
      << err.str();
  nlohmann::json json = nlohmann::json::parse(out.str());
  EXPECT_EQ(json["articles"], 1);
  EXPECT_EQ(json["errors"].size(), 4u);
}

TEST_F(RunEvaluationTest, MissingDirectoryIsAnInputError) {
  std::ostringstream out, err;
  EvalOptions options;
  options.corpus_dir = kData + "/no-such-corpus";
  EXPECT_EQ(RunEvaluation(options, rules_.rules, *scanner_, out, err), 2);
  EXPECT_NE(err.str().find("no-such-corpus: no such directory"), std::string::npos) << err.str();
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace qa
