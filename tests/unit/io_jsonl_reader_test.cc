// The JSON Lines reader (io/jsonl_reader.h): lines cut from any stream in
// any chunking, one article per line, and every way a line can fail.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/jsonl_reader.h"
#include "test_files.h"

namespace qa {
namespace {

struct CutLine {
  std::string bytes;
  size_t number = 0;
  bool too_long = false;
  bool operator==(const CutLine&) const = default;
};

// Every line of `data`, read `chunk` bytes at a time.
std::vector<CutLine> Cut(const std::string& data, size_t chunk, size_t max_line_bytes = 1000) {
  size_t at = 0;
  LineSplitter splitter(
      [&](char* buffer, size_t size) -> long {
        size_t n = std::min({size, chunk, data.size() - at});
        std::memcpy(buffer, data.data() + at, n);
        at += n;
        return static_cast<long>(n);
      },
      [] { return std::string("unused"); }, max_line_bytes);
  std::vector<CutLine> lines;
  while (auto line = splitter.Next()) {
    lines.push_back({std::string(line->bytes), line->number, line->too_long});
  }
  EXPECT_FALSE(splitter.error().has_value());
  return lines;
}

TEST(LineSplitterTest, CutsLinesWhateverTheChunks) {
  std::string data = "{\"a\":1}\r\n\nsecond\nlast without break";
  std::vector<CutLine> expected = {{"{\"a\":1}", 1, false},
                                   {"", 2, false},
                                   {"second", 3, false},
                                   {"last without break", 4, false}};
  for (size_t chunk : {1, 2, 3, 7, 1000}) EXPECT_EQ(Cut(data, chunk), expected) << chunk;
}

TEST(LineSplitterTest, NoLineAfterAFinalBreak) {
  EXPECT_EQ(Cut("one\ntwo\n", 3).size(), 2u);
  EXPECT_TRUE(Cut("", 3).empty());
}

TEST(LineSplitterTest, SkipsTooLongLinesAndGoesOn) {
  std::string data = "short\n" + std::string(50, 'x') + "\nafter\n" + std::string(30, 'y');
  std::vector<CutLine> expected = {
      {"short", 1, false}, {"", 2, true}, {"after", 3, false}, {"", 4, true}};
  for (size_t chunk : {1, 4, 16, 100}) EXPECT_EQ(Cut(data, chunk, 10), expected) << chunk;
}

TEST(LineSplitterTest, ReportsReadErrors) {
  int calls = 0;
  LineSplitter splitter(
      [&](char* buffer, size_t) -> long {
        if (calls++ > 0) return -1;
        std::memcpy(buffer, "one\ntw", 6);
        return 6;
      },
      [] { return std::string("unexpected end of file"); }, 100);
  auto first = splitter.Next();
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->bytes, "one");
  EXPECT_FALSE(splitter.Next().has_value());  // the cut-off "tw" is not a line
  EXPECT_EQ(splitter.error(), "unexpected end of file");
}

TEST(ParseJsonLineTest, ReadsIdAndText) {
  JsonLinesArticle article =
      ParseJsonLine(R"({"id":"b-7","text":"Line one\nline \"two\" \u00e9"})", 3, {});
  EXPECT_FALSE(article.error) << *article.error;
  EXPECT_EQ(article.line, 3u);
  EXPECT_EQ(article.id, "b-7");
  EXPECT_EQ(article.text, "Line one\nline \"two\" \xC3\xA9");
}

TEST(ParseJsonLineTest, NumberIdsAndMissingIds) {
  EXPECT_EQ(ParseJsonLine(R"({"id":42,"text":""})", 1, {}).id, "42");
  EXPECT_EQ(ParseJsonLine(R"({"text":"x"})", 9, {}).id, "9");
  EXPECT_EQ(ParseJsonLine(R"({"id":null,"text":"x"})", 5, {}).id, "5");
  // An empty id is no name: the line number stands in, as for a missing one.
  EXPECT_EQ(ParseJsonLine(R"({"id":"","text":"x"})", 6, {}).id, "6");
}

TEST(ParseJsonLineTest, OtherFields) {
  JsonLinesFields fields{"uid", "body"};
  JsonLinesArticle article = ParseJsonLine(R"({"uid":"u1","body":"b","text":"t"})", 1, fields);
  EXPECT_EQ(article.id, "u1");
  EXPECT_EQ(article.text, "b");
  JsonLinesArticle missing = ParseJsonLine(R"({"uid":"u1","text":"t"})", 1, fields);
  ASSERT_TRUE(missing.error);
  EXPECT_NE(missing.error->find("\"body\""), std::string::npos) << *missing.error;
}

TEST(ParseJsonLineTest, OtherFieldsAreSkippedWhateverTheyHold) {
  std::string deep = std::string(10000, '[') + std::string(10000, ']');
  JsonLinesArticle article = ParseJsonLine(
      R"({"meta":{"tags":[1,{"b":2}]},"id":"x","deep":)" + deep + R"(,"text":"t"})", 1, {});
  EXPECT_FALSE(article.error) << *article.error;
  EXPECT_EQ(article.id, "x");
  EXPECT_EQ(article.text, "t");
}

TEST(ParseJsonLineTest, SaysWhatIsWrongWithALine) {
  struct Case {
    const char* line;
    const char* says;
  };
  for (const Case& c : std::vector<Case>{
           {R"({"id":1,"text":"cut)", "not valid JSON"},
           {R"([1,2])", "a JSON value that is an array, not an object"},
           {R"({"id":1})", "no \"text\" field"},
           {R"({"id":1,"text":7})", "\"text\" is a number, not a string"},
           {R"({"id":[1],"text":"x"})", "\"id\" is an array, not a string or number"},
           {"{\"text\":\"\xFF\"}", "not valid JSON"},
       }) {
    JsonLinesArticle article = ParseJsonLine(c.line, 1, {});
    ASSERT_TRUE(article.error) << c.line;
    EXPECT_NE(article.error->find(c.says), std::string::npos) << *article.error;
  }
}

TEST(ParseJsonLineTest, BlankLinesHoldNoArticle) {
  EXPECT_TRUE(ParseJsonLine("", 1, {}).blank);
  EXPECT_TRUE(ParseJsonLine(" \t", 1, {}).blank);
  EXPECT_FALSE(ParseJsonLine(" \t", 1, {}).error);
  EXPECT_FALSE(ParseJsonLine("{}", 1, {}).blank);
}

// Standard input replaced by a pipe the test writes to, for as long as it
// lives; the write end stays open until Close(), as a live source's does.
class PipedStdin {
 public:
  PipedStdin() {
    EXPECT_EQ(pipe(fds_), 0);
    saved_ = dup(STDIN_FILENO);
    dup2(fds_[0], STDIN_FILENO);
    close(fds_[0]);
  }
  ~PipedStdin() {
    Close();
    dup2(saved_, STDIN_FILENO);
    close(saved_);
  }
  void Write(const std::string& bytes) {
    EXPECT_EQ(write(fds_[1], bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
  }
  void Close() {
    if (fds_[1] >= 0) close(fds_[1]);
    fds_[1] = -1;
  }

 private:
  int fds_[2] = {-1, -1};
  int saved_ = -1;
};

// One gzip member written piece by piece, as a compressing producer writes
// it: each piece flushed so all of it can be decompressed at once.
class GzipWriter {
 public:
  GzipWriter() {
    EXPECT_EQ(deflateInit2(&zs_, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY),
              Z_OK);
  }
  ~GzipWriter() { deflateEnd(&zs_); }
  // The compressed bytes of `text`; `last` ends the member (its trailer).
  std::string Piece(const std::string& text, bool last) {
    std::string out(text.size() + 1024, '\0');
    zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    zs_.avail_in = static_cast<uInt>(text.size());
    zs_.next_out = reinterpret_cast<Bytef*>(out.data());
    zs_.avail_out = static_cast<uInt>(out.size());
    deflate(&zs_, last ? Z_FINISH : Z_SYNC_FLUSH);
    out.resize(out.size() - zs_.avail_out);
    return out;
  }

 private:
  z_stream zs_{};
};

std::string Gzip(const std::string& text) { return GzipWriter().Piece(text, true); }

// An archive opened as standard input ("-") with a pipe the test writes to.
class JsonLinesStdinTest : public testing::Test {
 protected:
  void SetUp() override {
    InputError error;
    file_ = JsonLinesFile::Open("-", 1000, &error);
    ASSERT_NE(file_, nullptr);
  }

  // The next line, if it comes within a few seconds; else the pipe is
  // closed (so the read ends) and nullopt returned. "(the end)" at the end.
  std::optional<std::string> NextLineSoon() {
    auto next = std::async(std::launch::async, [this] { return file_->Next(); });
    if (next.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
      input_.Close();
      next.wait();
      return std::nullopt;
    }
    auto line = next.get();
    if (!line) return std::string("(the end)");
    return std::string(line->bytes);
  }

  PipedStdin input_;  // before file_: the file reads the pipe it sets up
  std::unique_ptr<JsonLinesFile> file_;
};

TEST_F(JsonLinesStdinTest, IsReadLineByLineAsItComes) {
  // A live source: each line must be read before the next is written.
  input_.Write("{\"id\":1,\"text\":\"first\"}\n");
  EXPECT_EQ(NextLineSoon(), "{\"id\":1,\"text\":\"first\"}");
  input_.Write("{\"id\":2,\"text\":\"second\"}\n");
  EXPECT_EQ(NextLineSoon(), "{\"id\":2,\"text\":\"second\"}");
  input_.Close();
  EXPECT_EQ(NextLineSoon(), "(the end)");
  EXPECT_FALSE(file_->error().has_value());
}

TEST_F(JsonLinesStdinTest, CompressedIsReadAsItComes) {
  // One gzip member written a line at a time, then a second member.
  GzipWriter member;
  input_.Write(member.Piece("{\"id\":1,\"text\":\"first\"}\n", false));
  EXPECT_EQ(NextLineSoon(), "{\"id\":1,\"text\":\"first\"}");
  input_.Write(member.Piece("{\"id\":2,\"text\":\"second\"}\n", true));
  input_.Write(Gzip("{\"id\":3,\"text\":\"third\"}\n"));
  EXPECT_EQ(NextLineSoon(), "{\"id\":2,\"text\":\"second\"}");
  EXPECT_EQ(NextLineSoon(), "{\"id\":3,\"text\":\"third\"}");
  input_.Close();
  EXPECT_EQ(NextLineSoon(), "(the end)");
  EXPECT_FALSE(file_->error().has_value());
}

TEST_F(JsonLinesStdinTest, CompressedCutShortIsAnError) {
  const std::string whole = Gzip("{\"id\":1,\"text\":\"first\"}\n{\"id\":2,\"text\":\"second\"}\n");
  input_.Write(whole.substr(0, whole.size() - 8));  // no trailer
  input_.Close();
  EXPECT_EQ(NextLineSoon(), "{\"id\":1,\"text\":\"first\"}");
  EXPECT_EQ(NextLineSoon(), "{\"id\":2,\"text\":\"second\"}");
  EXPECT_EQ(NextLineSoon(), "(the end)");
  ASSERT_TRUE(file_->error().has_value());
  EXPECT_EQ(*file_->error(), "unexpected end of file");
}

// Every line `file` gives, then "(the end)" or its error.
std::vector<std::string> AllLines(JsonLinesFile* file) {
  std::vector<std::string> lines;
  while (auto line = file->Next()) lines.emplace_back(line->bytes);
  lines.push_back(file->error() ? "error: " + *file->error() : "(the end)");
  return lines;
}

// What follows a gzip member without gzip's two magic bytes is ignored, as
// zlib's gzread ignores it in a file: the same bytes give the same articles
// from a pipe and from a .jsonl.gz file.
TEST_F(JsonLinesStdinTest, BytesAfterAMemberThatStartNoOtherAreIgnoredAsInAFile) {
  const std::string member = Gzip("{\"id\":1,\"text\":\"first\"}\n");
  const std::vector<std::string> expected = {"{\"id\":1,\"text\":\"first\"}", "(the end)"};
  const test_files::TestFolder folder("qa_jsonl_trailing_");
  const std::string path = (folder.path() / "trailing.jsonl.gz").string();
  for (const std::string& after : {std::string("\x1f"), std::string("\x1fjunk\n"),
                                   std::string("\x1f\x8a"), std::string("trailing\n")}) {
    std::ofstream(path, std::ios::binary) << member << after;
    InputError error;
    std::unique_ptr<JsonLinesFile> from_file = JsonLinesFile::Open(path, 1000, &error);
    ASSERT_NE(from_file, nullptr);
    EXPECT_EQ(AllLines(from_file.get()), expected) << "file, then " << after.size() << " bytes";
  }
  // The pipe: the member, then the first byte of the magic alone, then
  // something else: the reader waits for the second byte before deciding.
  input_.Write(member);
  input_.Write("\x1f");
  EXPECT_EQ(NextLineSoon(), "{\"id\":1,\"text\":\"first\"}");
  input_.Write("junk\n");
  input_.Close();
  EXPECT_EQ(NextLineSoon(), "(the end)");
  EXPECT_FALSE(file_->error().has_value()) << *file_->error();
}

TEST_F(JsonLinesStdinTest, OneByteOfMagicAtTheEndIsIgnored) {
  input_.Write(Gzip("{\"id\":1,\"text\":\"first\"}\n") + "\x1f");
  input_.Close();
  EXPECT_EQ(NextLineSoon(), "{\"id\":1,\"text\":\"first\"}");
  EXPECT_EQ(NextLineSoon(), "(the end)");
  EXPECT_FALSE(file_->error().has_value()) << *file_->error();
}

}  // namespace
}  // namespace qa
