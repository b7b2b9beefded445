#include "io/pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>

#include "io/plain_text_reader.h"

namespace qa {
namespace {

// poppler reports syntax problems of damaged files on standard error; the
// reader turns an unreadable file into one error of its own instead.
void IgnorePopplerMessage(const std::string&, void*) {}

}  // namespace

LoadResult LoadPdf(std::string path, const std::string& bytes) {
  poppler::set_debug_error_function(&IgnorePopplerMessage, nullptr);
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (pdf == nullptr) {
    return LoadResult{std::nullopt, InputError{std::move(path), "not a readable PDF file", 0}};
  }
  if (pdf->is_locked()) {
    return LoadResult{std::nullopt, InputError{std::move(path),
                                               "the PDF is encrypted; its text cannot be read", 0}};
  }
  std::string text;
  for (int i = 0; i < pdf->pages(); ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (page == nullptr) continue;
    poppler::byte_array utf8 = page->text().to_utf8();
    text.append(utf8.begin(), utf8.end());
    text += "\n\n";
  }
  return LoadPlainText(std::move(path), std::move(text));
}

}  // namespace qa
