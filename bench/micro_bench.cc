// Google Benchmark micro-benchmarks of the hot stages, on generated articles
// (article_generator.h): the quote finder, the tokenizer, the whole scan
// (attribution included), the lexicon gate of the sentence checks, the
// duplicate-text check with its cross-article
// index and over one big document, and start-up (rules loaded, scanner and checks built). Each
// reports bytes/s over the same corpus. Run with scripts/bench --micro, or
//   build/bench/micro_bench --benchmark_filter=Scan
// Uses the public headers of each stage only.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "article_generator.h"
#include "checks/registry.h"
#include "io/plain_text_reader.h"
#include "match/lexicon_gate.h"
#include "rules/rule_loader.h"
#include "scan/quote_finder.h"
#include "scan/scanner.h"
#include "scan/text_tokens.h"
#include "scan/word_sets.h"

namespace {

// 200 articles of 2-3 KB with 2 quotes per KB: about 500 KB, the mix that
// scripts/bench times end to end.
const std::vector<qa::Document>& Corpus() {
  static const std::vector<qa::Document>* corpus = [] {
    qa_bench::Options options;
    options.articles = 200;
    qa_bench::ArticleStream articles(options);
    auto* documents = new std::vector<qa::Document>();
    for (size_t i = 0; i < options.articles; ++i) {
      qa::LoadResult loaded =
          qa::LoadPlainText("article-" + std::to_string(i + 1) + ".txt", articles.Next() + "\n");
      if (!loaded.document) std::abort();
      documents->push_back(std::move(*loaded.document));
    }
    return documents;
  }();
  return *corpus;
}

size_t CorpusBytes() {
  size_t bytes = 0;
  for (const qa::Document& document : Corpus()) bytes += document.text.size();
  return bytes;
}

const qa::RuleSet& Rules() {
  static const qa::RuleSet* rules = [] {
    qa::RuleLoadResult loaded = qa::LoadRules({});
    if (!loaded.errors.empty()) std::abort();
    return new qa::RuleSet(std::move(loaded.rules));
  }();
  return *rules;
}

const qa::WordSets& Words() {
  static const qa::WordSets* words = new qa::WordSets(Rules());
  return *words;
}

void QuoteFinder(benchmark::State& state) {
  const qa::QuoteFinder finder(Words().elisions, Words().speech_verbs);
  for (auto _ : state) {
    for (const qa::Document& document : Corpus()) {
      benchmark::DoNotOptimize(finder.Find(document));
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(QuoteFinder)->Unit(benchmark::kMillisecond);

bool IsAbbreviation(std::string_view word_with_period, const void* abbreviations) {
  return static_cast<const qa::PhraseSet*>(abbreviations)->Contains(word_with_period);
}

void Tokenizer(benchmark::State& state) {
  const qa::Tokenizer tokenizer(&IsAbbreviation, &Words().abbreviations);
  size_t tokens = 0;
  for (auto _ : state) {
    for (const qa::Document& document : Corpus()) {
      const std::vector<qa::Token> result = tokenizer.Tokenize(document.text, 0);
      tokens += result.size();
      benchmark::DoNotOptimize(result.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(Tokenizer)->Unit(benchmark::kMillisecond);

// Scanner::Scan: quotes, sentences, tokens, names and attribution.
void Scan(benchmark::State& state) {
  std::vector<qa::RuleError> errors;
  const std::unique_ptr<qa::Scanner> scanner = qa::Scanner::Create(Rules(), &errors);
  if (!scanner) {
    state.SkipWithError("the built-in rules do not compile");
    return;
  }
  for (auto _ : state) {
    for (const qa::Document& document : Corpus()) {
      benchmark::DoNotOptimize(scanner->Scan(document));
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(Scan)->Unit(benchmark::kMillisecond);

// The sentences of every article of the corpus, as the scanner splits them.
const std::vector<std::pair<const qa::Document*, std::vector<qa::Span>>>& CorpusSentences() {
  static const auto* sentences = [] {
    std::vector<qa::RuleError> errors;
    const std::unique_ptr<qa::Scanner> scanner = qa::Scanner::Create(Rules(), &errors);
    if (!scanner) std::abort();
    auto* all = new std::vector<std::pair<const qa::Document*, std::vector<qa::Span>>>();
    for (const qa::Document& document : Corpus()) {
      all->emplace_back(&document, scanner->Scan(document).sentences);
    }
    return all;
  }();
  return *sentences;
}

// The word look-up that gates vague-source's and unsourced-claim's sentence
// searches (checks/sentence_lexicons.h), over every sentence: the filed
// words of their lexicons (unsourced-claim's without `strict`, its
// default), read once per sentence for both.
void LexiconGate(benchmark::State& state) {
  qa::LexiconGate gate;
  for (const char* name :
       {"vague-sources", "vague-pronouns", "vague-source-anonymity-phrases", "speech-verbs",
        "claim-verbs", "vague-group-verbs", "vague-source-according-cues",
        "vague-source-agent-markers", "unsourced-claim-phrases", "unsourced-claim-concern-nouns",
        "unsourced-claim-impersonal-subjects"}) {
    gate.Add(Rules().Words(name));
  }
  std::vector<qa::LexiconGate::Hit> hits;
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& [document, sentences] : CorpusSentences()) {
      for (const qa::Span sentence : sentences) {
        hits.clear();
        benchmark::DoNotOptimize(gate.ReadHits(document->Text(sentence), &hits));
        found += hits.size();
      }
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(found), benchmark::Counter::kIsRate);
}
BENCHMARK(LexiconGate)->Unit(benchmark::kMillisecond);

// duplicate-text over `documents` in input order, cross-article index
// included; a fresh check (and empty index) for every pass, built untimed.
void TimeDuplicateText(benchmark::State& state, const std::vector<qa::Document>& documents) {
  std::vector<qa::ScanResult> scans;
  size_t bytes = 0;
  {
    std::vector<qa::RuleError> errors;
    const std::unique_ptr<qa::Scanner> scanner = qa::Scanner::Create(Rules(), &errors);
    for (const qa::Document& document : documents) {
      scans.push_back(scanner->Scan(document));
      bytes += document.text.size();
    }
  }
  size_t findings_total = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<qa::RuleError> errors;
    std::vector<std::unique_ptr<qa::Check>> checks = qa::MakeChecks(Rules(), &errors);
    qa::Check* check = nullptr;
    for (const auto& candidate : checks) {
      if (candidate->id() == "duplicate-text") check = candidate.get();
    }
    if (check == nullptr) {
      state.SkipWithError("no duplicate-text check");
      return;
    }
    state.ResumeTiming();
    std::vector<qa::Finding> findings;
    for (size_t i = 0; i < documents.size(); ++i) {
      findings.clear();
      qa::CheckDocument(*check, qa::CheckContext{documents[i], scans[i]}, &findings);
      findings_total += findings.size();
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["findings/pass"] =
      static_cast<double>(findings_total) / static_cast<double>(state.iterations());
}

void DuplicateText(benchmark::State& state) { TimeDuplicateText(state, Corpus()); }
BENCHMARK(DuplicateText)->Unit(benchmark::kMillisecond);

// The same over one document of 6,400 articles (17 MB, blank lines between,
// as scripts/bench's 16x one file): the within-document index outgrows the
// cache, so its reads, not its instructions, set the time.
void DuplicateTextOneBigDocument(benchmark::State& state) {
  static const std::vector<qa::Document>* big = [] {
    qa_bench::Options options;
    options.articles = 6400;
    qa_bench::ArticleStream articles(options);
    std::string text;
    for (size_t i = 0; i < options.articles; ++i) text += articles.Next() + "\n\n";
    qa::LoadResult loaded = qa::LoadPlainText("archive.txt", text);
    if (!loaded.document) std::abort();
    auto* documents = new std::vector<qa::Document>();
    documents->push_back(std::move(*loaded.document));
    return documents;
  }();
  TimeDuplicateText(state, *big);
}
BENCHMARK(DuplicateTextOneBigDocument)->Unit(benchmark::kMillisecond);

// What every run pays before the first article: the built-in rules loaded,
// the scanner and every check built (patterns compiled).
void StartUp(benchmark::State& state) {
  for (auto _ : state) {
    qa::RuleLoadResult loaded = qa::LoadRules({});
    std::vector<qa::RuleError> errors;
    benchmark::DoNotOptimize(qa::Scanner::Create(loaded.rules, &errors));
    benchmark::DoNotOptimize(qa::MakeChecks(loaded.rules, &errors));
  }
}
BENCHMARK(StartUp)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
