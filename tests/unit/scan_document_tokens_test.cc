// DocumentTokens keeps every token of a document in 4 bytes, each placed
// from its slice (the size of a very long one kept aside); a sentence longer than a slice is cut at
// spaces. What it hands back must be the tokenizer's own tokens, wherever the span falls.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "io/plain_text_reader.h"
#include "scan/document_tokens.h"

namespace qa {
namespace {

bool NoAbbreviation(std::string_view, const void*) { return false; }

Document Load(const std::string& text) {
  LoadResult loaded = LoadPlainText("t.txt", text);
  EXPECT_TRUE(loaded.document.has_value());
  return std::move(*loaded.document);
}

void ExpectSameTokens(const std::vector<Token>& got, const std::vector<Token>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].span, want[i].span) << i;
    EXPECT_EQ(got[i].text, want[i].text) << i;
    EXPECT_EQ(got[i].word, want[i].word) << i;
    EXPECT_EQ(got[i].capitalized, want[i].capitalized) << i;
  }
}

// The tokenizer's tokens of the whole text that overlap `span`, a token cut
// by the span keeping its part inside (see In()).
std::vector<Token> Expected(const Tokenizer& tokenizer, const std::string& text, Span span) {
  std::vector<Token> want;
  for (Token token : tokenizer.Tokenize(text, 0)) {
    if (token.span.end <= span.begin || token.span.begin >= span.end) continue;
    if (token.span.begin < span.begin || token.span.end > span.end) {
      const size_t begin = std::max(token.span.begin, span.begin);
      const size_t end = std::min(token.span.end, span.end);
      token.text = token.text.substr(begin - token.span.begin, end - begin);
      token.span = {begin, end};
      if (token.word) token.capitalized = IsUpperStart(token.text, 0);
      token.word = token.word && IsWordStart(token.text, 0);
    }
    want.push_back(token);
  }
  return want;
}

TEST(DocumentTokensTest, ALongSentenceCutIntoSlicesGivesTheTokenizersTokens) {
  // About 300 KB with no full stop: several slices of one sentence.
  std::string text;
  for (int i = 0; text.size() < 300000; ++i) {
    text += (i % 7 == 0 ? "Mayor Ilse Brandt, " : "the quay at Orlo ") + std::to_string(i) + " ";
  }
  const Document document = Load(text);
  TextLayout layout;
  layout.sentences = {Span{0, text.size()}};
  const Tokenizer tokenizer(NoAbbreviation, nullptr);
  const DocumentTokens tokens(document, layout, tokenizer);
  // Five slices or more: In() keeps the runs of four without a list.
  ASSERT_GE(tokens.slices().size(), 5u);
  EXPECT_EQ(tokens.size(), tokenizer.Tokenize(text, 0).size());

  // Spans across slice edges, inside one slice, and cutting words.
  const size_t edge = tokens.slices()[1].span.begin;
  for (Span span : {Span{0, text.size()}, Span{edge - 40, edge + 40}, Span{edge + 3, edge + 90},
                    Span{text.size() - 25, text.size()}}) {
    ExpectSameTokens(tokens.In(span), Expected(tokenizer, text, span));
  }
}

TEST(DocumentTokensTest, EachSliceIsHandedOverWithTheTokensItKeeps) {
  // A sentence long enough to be cut into slices, then two short ones: the
  // reader sees every slice once, in text order, with the tokens In() gives
  // for it (the names are read from these, not from the stored tokens).
  std::string text;
  for (int i = 0; text.size() < 200000; ++i)
    text += "Ilse Brandt met Varga at pier " + std::to_string(i) + " ";
  const size_t long_end = text.size();
  text += ". Then Orlo \xE2\x80\x9Cwaited\xE2\x80\x9D. Kessler left.";
  const Document document = Load(text);
  TextLayout layout;
  const size_t second = long_end + 2;
  const size_t third = text.find("Kessler");
  layout.sentences = {Span{0, long_end + 1}, Span{second, third - 1}, Span{third, text.size()}};
  const Tokenizer tokenizer(NoAbbreviation, nullptr);
  std::vector<DocumentTokens::Slice> seen;
  std::vector<std::vector<Token>> handed;
  const DocumentTokens tokens(document, layout, tokenizer,
                              [&](const DocumentTokens::Slice& slice, std::vector<Token>* list) {
                                seen.push_back(slice);
                                handed.push_back(*list);
                                list->clear();  // the reader may change the list
                              });
  ASSERT_EQ(seen.size(), tokens.slices().size());
  ASSERT_GE(seen.size(), 5u);
  for (size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i].span, tokens.slices()[i].span) << i;
    EXPECT_EQ(seen[i].sentence, tokens.slices()[i].sentence) << i;
    ExpectSameTokens(handed[i], tokens.In(seen[i].span));
  }
  EXPECT_EQ(seen.back().sentence, 2u);
  // Clearing the handed list took nothing from what is kept.
  EXPECT_EQ(tokens.size(),
            tokenizer.Tokenize(text.substr(0, long_end + 1), 0).size() +
                tokenizer.Tokenize(text.substr(second, third - 1 - second), 0).size() +
                tokenizer.Tokenize(text.substr(third), 0).size());
}

TEST(DocumentTokensTest, DropQuotedLeavesOutWhatOutsideQuotesLeavesOut) {
  const std::string text =
      "Brandt said \xE2\x80\x9CVarga knew\xE2\x80\x9D and \"Orlo\" left, Kessler wrote.";
  const Document document = Load(text);
  TextLayout layout;
  layout.sentences = {Span{0, text.size()}};
  const Tokenizer tokenizer(NoAbbreviation, nullptr);
  const DocumentTokens tokens(document, layout, tokenizer);
  const size_t first = text.find("\xE2\x80\x9C");
  const size_t second = text.find('"');
  std::vector<Quote> quotes(2);
  quotes[0].span = {first, text.find("\xE2\x80\x9D") + 3};
  quotes[1].span = {second, text.find('"', second + 1) + 1};
  std::vector<Token> dropped = tokens.In(Span{0, text.size()});
  DocumentTokens::DropQuoted(Span{0, text.size()}, quotes, &dropped);
  ExpectSameTokens(dropped, tokens.OutsideQuotes(Span{0, text.size()}, quotes));
  std::vector<std::string> words;
  for (const Token& token : dropped) words.emplace_back(token.text);
  EXPECT_EQ(words, (std::vector<std::string>{"Brandt", "said", "and", "left", ",", "Kessler",
                                             "wrote", "."}));
}

TEST(DocumentTokensTest, TokensTooLongForTheirStoredSizeKeepTheirWholeSize) {
  // A pasted URL or a run of letters with no space: sizes around the
  // largest a stored token holds (4,094 bytes), and far past it.
  std::string text = "Brandt read ";
  for (size_t size : {4094, 4095, 4096, 5000, 40000}) {
    text += std::string(size, 'x') + " aloud to Varga, then " + std::string(size, '/') + " ";
  }
  text += "and sat down";
  const Document document = Load(text);
  TextLayout layout;
  layout.sentences = {Span{0, text.size()}};
  const Tokenizer tokenizer(NoAbbreviation, nullptr);
  const DocumentTokens tokens(document, layout, tokenizer);
  ASSERT_EQ(tokens.size(), tokenizer.Tokenize(text, 0).size());
  const size_t long_word = text.find(std::string(40000, 'x'));
  for (Span span : {Span{0, text.size()}, Span{long_word - 5, long_word + 40005},
                    Span{long_word + 100, long_word + 200}, Span{long_word + 39990, text.size()}}) {
    ExpectSameTokens(tokens.In(span), Expected(tokenizer, text, span));
  }
}

TEST(DocumentTokensTest, TokensBetweenSentencesAreNotKept) {
  const std::string text = "Brandt spoke. Then Varga left.";
  const Document document = Load(text);
  TextLayout layout;
  layout.sentences = {Span{0, 13}, Span{19, 30}};  // "Then" lies outside both
  const Tokenizer tokenizer(NoAbbreviation, nullptr);
  const DocumentTokens tokens(document, layout, tokenizer);
  std::vector<std::string> words;
  for (const Token& token : tokens.In(Span{0, text.size()})) words.emplace_back(token.text);
  EXPECT_EQ(words, (std::vector<std::string>{"Brandt", "spoke", ".", "Varga", "left", "."}));
  EXPECT_TRUE(tokens.In(Span{14, 18}).empty());
}

}  // namespace
}  // namespace qa
