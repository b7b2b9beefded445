// Front matter in Markdown articles: where the block is (FindFrontMatter),
// and the fields an editor writes read out of it with real parsers, escapes
// decoded and every piece mapped back to its source bytes
// (AddFrontMatterFields).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/document.h"
#include "io/document_builder.h"
#include "io/front_matter.h"
#include "io/front_matter_block.h"

namespace qa {
namespace {

using Kind = FrontMatterBlock::Kind;

const std::vector<std::string> kFields = {"title", "subtitle", "description", "summary", "caption"};

// The document the fields of `source`'s front matter make.
Document Read(const std::string& source, std::vector<InputProblem>* problems,
              const std::vector<std::string>& fields = kFields) {
  FrontMatterBlock block = FindFrontMatter(source);
  DocumentBuilder builder("story.md", source);
  AddFrontMatterFields(source, block, fields, &builder, problems);
  return std::move(builder).Finish();
}

std::vector<std::string> Paragraphs(const Document& document) {
  std::vector<std::string> out;
  for (Span span : document.paragraphs) out.emplace_back(document.Text(span));
  return out;
}

// ---------------------------------------------------------------------------
// FindFrontMatter

TEST(FindFrontMatterTest, YamlBlockIsBoundedByItsDelimiters) {
  const std::string source = "---\ntitle: Pier\n---\nBody.\n";
  FrontMatterBlock block = FindFrontMatter(source);
  EXPECT_EQ(block.kind, Kind::kYaml);
  EXPECT_EQ(block.begin, 0u);
  EXPECT_EQ(block.end, 20u);  // past "---\n"
  EXPECT_EQ(source.substr(block.content_begin, block.content_end - block.content_begin),
            "title: Pier\n");
  EXPECT_EQ(source.substr(block.end), "Body.\n");
}

TEST(FindFrontMatterTest, YamlMayCloseWithDotsAndUseCrlf) {
  const std::string source = "---\r\ntitle: Pier\r\n...\r\nBody.";
  FrontMatterBlock block = FindFrontMatter(source);
  EXPECT_EQ(block.kind, Kind::kYaml);
  EXPECT_EQ(source.substr(block.content_begin, block.content_end - block.content_begin),
            "title: Pier\r\n");
  EXPECT_EQ(source.substr(block.end), "Body.");
}

TEST(FindFrontMatterTest, TomlBlockAfterByteOrderMark) {
  const std::string source = "\xEF\xBB\xBF+++\ntitle = \"Pier\"\n+++\n";
  FrontMatterBlock block = FindFrontMatter(source);
  EXPECT_EQ(block.kind, Kind::kToml);
  EXPECT_EQ(block.begin, 3u);
  EXPECT_EQ(block.end, source.size());
  EXPECT_EQ(source.substr(block.content_begin, block.content_end - block.content_begin),
            "title = \"Pier\"\n");
}

TEST(FindFrontMatterTest, JsonObjectWithBracesInsideStrings) {
  const std::string source = "{\"title\": \"a } \\\" {\", \"tags\": [\"x\"]}\nBody.\n";
  FrontMatterBlock block = FindFrontMatter(source);
  EXPECT_EQ(block.kind, Kind::kJson);
  EXPECT_EQ(block.content_begin, 0u);
  EXPECT_EQ(source.substr(block.content_begin, block.content_end - block.content_begin),
            "{\"title\": \"a } \\\" {\", \"tags\": [\"x\"]}");
  EXPECT_EQ(source.substr(block.end), "Body.\n");
}

TEST(FindFrontMatterTest, NotFrontMatter) {
  EXPECT_EQ(FindFrontMatter("").kind, Kind::kNone);
  EXPECT_EQ(FindFrontMatter("Body text.\n").kind, Kind::kNone);
  EXPECT_EQ(FindFrontMatter("---\ntitle: never closed\n").kind, Kind::kNone);
  EXPECT_EQ(FindFrontMatter("+++\ntitle = \"x\"\n---\n").kind, Kind::kNone);
  EXPECT_EQ(FindFrontMatter("----\ntitle: x\n----\n").kind, Kind::kNone);
  EXPECT_EQ(FindFrontMatter("\n---\ntitle: x\n---\n").kind, Kind::kNone);  // not first
  EXPECT_EQ(FindFrontMatter("{\"title\": \"x\"").kind, Kind::kNone);       // unclosed
  EXPECT_EQ(FindFrontMatter("{\"title\": \"x\"} more\n").kind, Kind::kNone);
  EXPECT_EQ(FindFrontMatter("---").kind, Kind::kNone);
}

// ---------------------------------------------------------------------------
// AddFrontMatterFields: YAML

TEST(FrontMatterFieldsTest, YamlTitleAndDescriptionMapToTheBytesBetweenTheQuotes) {
  const std::string source =
      "---\n"
      "title: \"Marrow Bay \\u201Cready\\u201D\"\n"
      "author: Ines Koval\n"
      "description: 'It''s the pier'\n"
      "---\n"
      "Body.\n";
  std::vector<InputProblem> problems;
  Document document = Read(source, &problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(document.paragraphs.size(), 2u);
  EXPECT_EQ(document.Text(document.paragraphs[0]), "Marrow Bay \u201Cready\u201D");
  EXPECT_EQ(document.Original(document.paragraphs[0]), "Marrow Bay \\u201Cready\\u201D");
  EXPECT_EQ(document.Text(document.paragraphs[1]), "It's the pier");
  EXPECT_EQ(document.Original(document.paragraphs[1]), "It''s the pier");
  // Each escape stands for exactly its own bytes.
  size_t mark = document.text.find("\u201C");
  EXPECT_EQ(document.Original({mark, mark + 3}), "\\u201C");
  size_t apostrophe = document.text.find('\'');
  EXPECT_EQ(document.Original({apostrophe, apostrophe + 1}), "''");
}

TEST(FrontMatterFieldsTest, YamlInnerQuotationBecomesRealQuoteMarks) {
  const std::string source = "---\ntitle: \"Koval: \\\"We rebuild the pier\\\"\"\n---\n";
  std::vector<InputProblem> problems;
  Document document = Read(source, &problems);
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.Text(document.paragraphs[0]), "Koval: \"We rebuild the pier\"");
  size_t open = document.text.find('"');
  size_t close = document.text.rfind('"');
  EXPECT_EQ(document.ToSource({open, open + 1}), (Span{19, 21}));  // the \" after "Koval: "
  EXPECT_EQ(source.substr(19, 2), "\\\"");
  EXPECT_EQ(document.Original({close, close + 1}), "\\\"");
  EXPECT_EQ(document.Original({open + 1, open + 3}), "We");
}

TEST(FrontMatterFieldsTest, UnlistedFieldsAndNonStringsAreLeftOut) {
  const std::string source =
      "---\n"
      "author: \"Ines Koval\"\n"
      "tags: [pier, \"harbour\"]\n"
      "summary:\n"
      "  nested: \"not top level\"\n"
      "caption: 12\n"
      "title: Plain title # a comment\n"
      "---\n";
  std::vector<InputProblem> problems;
  Document document = Read(source, &problems);
  EXPECT_TRUE(problems.empty());
  // A plain number is a scalar YAML calls a string only by resolution; it is
  // read as written.
  EXPECT_EQ(Paragraphs(document), (std::vector<std::string>{"12", "Plain title"}));
  Document only_title = Read(source, &problems, {"title"});
  EXPECT_EQ(Paragraphs(only_title), (std::vector<std::string>{"Plain title"}));
}

TEST(FrontMatterFieldsTest, YamlPlainScalarOverLinesFolds) {
  const std::string source = "---\ntitle: Ines Koval\n  rebuilds the pier\nauthor: x\n---\n";
  std::vector<InputProblem> problems;
  Document document = Read(source, &problems);
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.Text(document.paragraphs[0]), "Ines Koval rebuilds the pier");
  EXPECT_EQ(document.Original(document.paragraphs[0]), "Ines Koval\n  rebuilds the pier");
}

TEST(FrontMatterFieldsTest, YamlBlockScalars) {
  const std::string source =
      "---\n"
      "description: >\n"
      "  Marrow Bay votes\n"
      "  on the pier.\n"
      "\n"
      "  A second line.\n"
      "summary: |-\n"
      "  Line one\n"
      "  Line two\n"
      "---\n";
  std::vector<InputProblem> problems;
  Document document = Read(source, &problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(document.paragraphs.size(), 2u);
  EXPECT_EQ(document.Text(document.paragraphs[0]), "Marrow Bay votes on the pier.\nA second line.");
  EXPECT_EQ(document.Original(document.paragraphs[0]),
            "Marrow Bay votes\n  on the pier.\n\n  A second line.");
  EXPECT_EQ(document.Text(document.paragraphs[1]), "Line one\nLine two");
  size_t two = document.text.find("two");
  EXPECT_EQ(document.SourceOffset(two), source.find("two"));
}

TEST(FrontMatterFieldsTest, YamlDoubleQuotedOverLinesFolds) {
  const std::string source = "---\ntitle: \"Ines Koval   \n   said \\\"no\\\"\"\n---\n";
  std::vector<InputProblem> problems;
  Document document = Read(source, &problems);
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.Text(document.paragraphs[0]), "Ines Koval said \"no\"");
  size_t said = document.text.find("said");
  EXPECT_EQ(document.SourceOffset(said), source.find("said"));
}

TEST(FrontMatterFieldsTest, FieldsComeInFileOrder) {
  const std::string source = "---\nsummary: b\ntitle: a\n---\n";
  std::vector<InputProblem> problems;
  EXPECT_EQ(Paragraphs(Read(source, &problems)), (std::vector<std::string>{"b", "a"}));
}

// ---------------------------------------------------------------------------
// TOML and JSON

TEST(FrontMatterFieldsTest, TomlStringsDecodeAndMap) {
  const std::string source =
      "+++\n"
      "draft = true\n"
      "title = \"Koval: \\\"We rebuild\\\" \\u00E9t\\u00E9\"\n"
      "description = 'C:\\no escapes'\n"
      "summary = \"\"\"\n"
      "First line\n"
      "second line\"\"\"\n"
      "[params]\n"
      "caption = \"not top level\"\n"
      "+++\n";
  std::vector<InputProblem> problems;
  Document document = Read(source, &problems);
  EXPECT_TRUE(problems.empty()) << problems[0].message;
  ASSERT_EQ(document.paragraphs.size(), 3u);
  EXPECT_EQ(document.Text(document.paragraphs[0]), "Koval: \"We rebuild\" \u00E9t\u00E9");
  EXPECT_EQ(document.Original(document.paragraphs[0]), "Koval: \\\"We rebuild\\\" \\u00E9t\\u00E9");
  size_t open = document.text.find('"');
  EXPECT_EQ(document.Original({open, open + 1}), "\\\"");
  EXPECT_EQ(document.Text(document.paragraphs[1]), "C:\\no escapes");
  EXPECT_EQ(document.Original(document.paragraphs[1]), "C:\\no escapes");
  EXPECT_EQ(document.Text(document.paragraphs[2]), "First line\nsecond line");
}

TEST(FrontMatterFieldsTest, TomlColumnsCountCharactersNotBytes) {
  const std::string source =
      "+++\n\"caf\u00E9\" = 1\n\"t\u00EEtle\" = 2\ntitle = \"Marrow\"\n+++\n";
  std::vector<InputProblem> problems;
  Document document = Read(source, &problems, {"title", "caf\u00E9"});
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.Original(document.paragraphs[0]), "Marrow");
  const std::string accented = "+++\n\"t\u00EEtle\" = \"Marrow Bay\"\n+++\n";
  document = Read(accented, &problems, {"t\u00EEtle"});
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.ToSource(document.paragraphs[0]).begin, accented.find("Marrow"));
}

TEST(FrontMatterFieldsTest, JsonStringsDecodeAndMap) {
  const std::string source =
      "{\n"
      "  \"tags\": [\"pier\", {\"title\": \"nested\"}],\n"
      "  \"title\": \"Koval: \\\"We rebuild\\\" \\ud83d\\ude00\",\n"
      "  \"description\": \"Marrow\\nBay\",\n"
      "  \"draft\": false\n"
      "}\n"
      "Body.\n";
  std::vector<InputProblem> problems;
  Document document = Read(source, &problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(document.paragraphs.size(), 2u);
  EXPECT_EQ(document.Text(document.paragraphs[0]), "Koval: \"We rebuild\" \U0001F600");
  EXPECT_EQ(document.Original(document.paragraphs[0]), "Koval: \\\"We rebuild\\\" \\ud83d\\ude00");
  size_t emoji = document.text.find("\U0001F600");
  EXPECT_EQ(document.Original({emoji, emoji + 4}), "\\ud83d\\ude00");
  EXPECT_EQ(document.Text(document.paragraphs[1]), "Marrow\nBay");
  EXPECT_EQ(document.Original(document.paragraphs[1]), "Marrow\\nBay");
}

// ---------------------------------------------------------------------------
// Broken front matter: a problem naming the format and the line, no crash.

TEST(FrontMatterFieldsTest, BrokenYamlIsAProblem) {
  const std::string source = "---\ntitle: ok\ntags: [a, b\nsummary: x\n---\n";
  std::vector<InputProblem> problems;
  Document document = Read(source, &problems);
  EXPECT_TRUE(document.paragraphs.empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("YAML"), std::string::npos) << problems[0].message;
  EXPECT_NE(problems[0].message.find("line "), std::string::npos) << problems[0].message;
  EXPECT_GE(problems[0].offset, 4u);
  EXPECT_LT(problems[0].offset, source.size());
}

TEST(FrontMatterFieldsTest, BrokenTomlIsAProblemAtItsLine) {
  const std::string source = "+++\ntitle = \"ok\"\nsummary = \n+++\n";
  std::vector<InputProblem> problems;
  Document document = Read(source, &problems);
  EXPECT_TRUE(document.paragraphs.empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("TOML front matter does not parse (line 3)"),
            std::string::npos)
      << problems[0].message;
  EXPECT_EQ(problems[0].offset, source.find("summary = ") + 10);
}

TEST(FrontMatterFieldsTest, BrokenJsonIsAProblem) {
  const std::string source = "{\n  \"title\": \"ok\",\n  \"summary\": tru\n}\n";
  std::vector<InputProblem> problems;
  Document document = Read(source, &problems);
  EXPECT_TRUE(document.paragraphs.empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("JSON front matter does not parse (line 3)"),
            std::string::npos)
      << problems[0].message;
}

TEST(FrontMatterFieldsTest, OddInputNeverThrows) {
  const std::vector<std::string> inputs = {
      "---\n\xFF\xFE: \"\\x\"\n---\n",
      "---\n- a list\n---\n",
      "---\n---\n",
      "---\ntitle: *undefined\n---\n",
      "---\ntitle: &a [1]\nsummary: *a\n---\n",
      "---\ntitle: \"\\uD800\"\n---\n",
      "+++\ntitle = \"\\uD800\"\n+++\n",
      "+++\n\xFF = 1\n+++\n",
      "{\"title\": \"\\uD800\"}\n",
      "{\"title\": 1, \"title\": \"twice\"}\n",
      "[1]\n",
  };
  for (const std::string& source : inputs) {
    std::vector<InputProblem> problems;
    EXPECT_NO_THROW(Read(source, &problems)) << source;
  }
}

TEST(FrontMatterFieldsTest, NoFrontMatterAddsNothing) {
  std::vector<InputProblem> problems;
  Document document = Read("Body text.\n", &problems);
  EXPECT_TRUE(document.paragraphs.empty());
  EXPECT_TRUE(problems.empty());
}

}  // namespace
}  // namespace qa
