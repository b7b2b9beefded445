// The PDF reader (poppler): a page's text in reading order, and a file that
// is not a PDF as an error naming it.
#include <gtest/gtest.h>

#include <string>

#include "io/pdf_reader.h"
#include "io/source_reader.h"
#include "test_files.h"

namespace qa {
namespace {

TEST(PdfReaderTest, ReadsThePagesText) {
  const std::string path =
      std::string(QA_SOURCE_DIR) + "/fixtures/verify/press-release/sources/press-release.pdf";
  LoadResult loaded = ReadSourceDocument(path);
  ASSERT_TRUE(loaded.document.has_value()) << (loaded.error ? loaded.error->message : "");
  const std::string& text = loaded.document->text;
  EXPECT_NE(text.find("Councillor Morten Hale calls for a freeze on harbour fees"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("frozen for two"), std::string::npos) << text;
  // The extracted text is the document's bytes (a page's form feed blanked
  // in the analysis text): spans need no mapping.
  EXPECT_EQ(loaded.document->original().size(), text.size());
  EXPECT_TRUE(loaded.document->source_runs.empty());
}

TEST(PdfReaderTest, NotAPdfIsAnError) {
  LoadResult loaded = LoadPdf("release.pdf", "this is not a PDF at all\n");
  EXPECT_FALSE(loaded.document.has_value());
  ASSERT_TRUE(loaded.error.has_value());
  EXPECT_EQ(loaded.error->ToString(), "release.pdf: not a readable PDF file");
}

}  // namespace
}  // namespace qa
