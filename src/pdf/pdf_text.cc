// quoteaudit-pdf.so: a PDF's text through poppler's C++ library, loaded by
// io/pdf_reader.cc on the first PDF (see io/pdf_module.h for why a module).
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <string>

#include "io/pdf_module.h"

namespace {

// poppler reports syntax problems of damaged files on standard error; the
// reader turns an unreadable file into one error of its own instead.
void IgnorePopplerMessage(const std::string&, void*) {}

int PdfText(const char* data, size_t size, QaPdfAppend append, void* context) {
  poppler::set_debug_error_function(&IgnorePopplerMessage, nullptr);
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(data, static_cast<int>(size)));
  if (pdf == nullptr) return kQaPdfUnreadable;
  if (pdf->is_locked()) return kQaPdfLocked;
  for (int i = 0; i < pdf->pages(); ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (page == nullptr) continue;
    poppler::byte_array utf8 = page->text().to_utf8();
    append(context, utf8.data(), utf8.size());
    append(context, "\n\n", 2);
  }
  return kQaPdfOk;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int qa_pdf_text(const char* data, size_t size,
                                                                  QaPdfAppend append,
                                                                  void* context) {
  // No exception may cross the C boundary: a PDF poppler cannot handle is
  // one the tool cannot read.
  try {
    return PdfText(data, size, append, context);
  } catch (...) {
    return kQaPdfUnreadable;
  }
}

// The interface this module implements, checked by the compiler.
[[maybe_unused]] static constexpr QaPdfText kImplements = &qa_pdf_text;
