// Reads the PolNeAR dev split beside the repository (../shared/polnear-dev),
// when it is there, and checks the reader and the gold-quote derivation
// against the corpus's documented counts. Skipped elsewhere (failed under
// QA_REQUIRE_SHARED=1, as in CI).
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <set>
#include <string>

#include "eval/brat_reader.h"
#include "eval/corpus_layout.h"
#include "eval/gold_quotes.h"
#include "eval/speaker_match.h"
#include "eval_words_testing.h"
#include "io/file_reader.h"
#include "io/plain_text_reader.h"
#include "test_files.h"

namespace qa {
namespace {

TEST(EvalPolnearTest, ReadsEveryFileAndFindsTheDocumentedQuotes) {
  std::string dir = (test_files::SharedDir() / "polnear-dev").string();
  QA_SHARED_PATH_OR_SKIP(dir);

  std::vector<EvalError> errors;
  std::vector<AnnotatedArticle> articles = FindAnnotatedArticles(dir, &errors);
  EXPECT_EQ(articles.size(), 84u);
  size_t attributions = 0;
  size_t with_quotes = 0;
  size_t gold_quotes = 0;
  size_t pronoun_sources = 0;
  size_t apostrophe_pairs = 0;  // ''quoted'' the old NYT way
  for (const AnnotatedArticle& article : articles) {
    FileBytes txt = ReadFileBytes(article.txt_path);
    FileBytes ann = ReadFileBytes(article.ann_path);
    ASSERT_FALSE(txt.error || ann.error) << article.name;
    LoadResult loaded = LoadPlainText(article.txt_path, txt.bytes);
    ASSERT_TRUE(loaded.document) << article.name;
    BratAnnotations annotations =
        ParseBratAnnotations(article.ann_path, ann.bytes, loaded.document->original(), &errors);
    attributions += annotations.attributions.size();
    std::set<std::string> owners;
    for (const GoldQuote& gold :
         BuildGoldQuotes(FindQuotedSpans(*loaded.document, BuiltInEvalWords()), annotations)) {
      if (loaded.document->Text(gold.span).substr(0, 2) == "''") {
        // The README's counts leave out quotes marked with two apostrophes.
        ++apostrophe_pairs;
        continue;
      }
      ++gold_quotes;
      owners.insert(gold.attribution);
      SourceClass source_class = ClassifySource(gold.source_text, BuiltInEvalWords());
      if (source_class == SourceClass::kPronoun) ++pronoun_sources;
    }
    with_quotes += owners.size();
  }
  for (const EvalError& error : errors) ADD_FAILURE() << error.ToString();
  EXPECT_GT(apostrophe_pairs, 80u);
  // The corpus README: ~620 attributions with quotation marks, ~800 quoted
  // spans, ~190 of them with a pronoun source. 2193 attribution lines.
  EXPECT_EQ(attributions, 2193u);
  EXPECT_NEAR(static_cast<double>(with_quotes), 620, 40);
  EXPECT_NEAR(static_cast<double>(gold_quotes), 800, 50);
  EXPECT_NEAR(static_cast<double>(pronoun_sources), 190, 20);
  std::cout << "PolNeAR dev: " << attributions << " attributions, " << with_quotes
            << " with quoted spans, " << gold_quotes << " gold quotes, " << pronoun_sources
            << " with a pronoun source (without the " << apostrophe_pairs
            << " quotes in '' marks)\n";
}

}  // namespace
}  // namespace qa
