#include "io/pdf_reader.h"

#include <dlfcn.h>

#include <filesystem>
#include <system_error>
#include <vector>

#include "io/pdf_module.h"
#include "io/plain_text_reader.h"

namespace qa {
namespace {

// The module, loaded on the first PDF: beside an installed binary
// (QA_PDF_MODULE_FROM_BINDIR, relative to its folder), else where this build
// wrote it (QA_PDF_MODULE_BUILD_PATH), for the tool and tests run from the
// build tree.
struct PdfModule {
  QaPdfText text = nullptr;
  std::string error;  // why it could not be loaded
};

const PdfModule& Module() {
  static const PdfModule module = [] {
    PdfModule loaded;
    std::vector<std::string> candidates;
    std::error_code error;
    std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) candidates.push_back((self.parent_path() / QA_PDF_MODULE_FROM_BINDIR).string());
    candidates.emplace_back(QA_PDF_MODULE_BUILD_PATH);
    std::string tried;
    for (const std::string& path : candidates) {
      if (!std::filesystem::exists(path, error)) {
        tried += (tried.empty() ? "" : ", ") + path;
        continue;
      }
      // Never closed: the module stays for the rest of the process.
      void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      void* symbol = handle != nullptr ? dlsym(handle, kPdfTextSymbol) : nullptr;
      if (symbol != nullptr) {
        loaded.text = reinterpret_cast<QaPdfText>(symbol);
        return loaded;
      }
      const char* why = dlerror();
      loaded.error = "cannot load " + path + ": " +
                     (why != nullptr ? why : "no " + std::string(kPdfTextSymbol));
      return loaded;
    }
    loaded.error = std::string(kPdfModuleName) + " not found (looked for " + tried + ")";
    return loaded;
  }();
  return module;
}

void Append(void* context, const char* bytes, size_t size) {
  static_cast<std::string*>(context)->append(bytes, size);
}

}  // namespace

LoadResult LoadPdf(std::string path, const std::string& bytes) {
  const PdfModule& module = Module();
  if (module.text == nullptr) {
    return LoadResult{std::nullopt,
                      InputError{std::move(path), "PDF support is missing: " + module.error, 0}};
  }
  std::string text;
  switch (module.text(bytes.data(), bytes.size(), &Append, &text)) {
    case kQaPdfOk:
      return LoadPlainText(std::move(path), std::move(text));
    case kQaPdfLocked:
      return LoadResult{
          std::nullopt,
          InputError{std::move(path), "the PDF is encrypted; its text cannot be read", 0}};
    default:
      return LoadResult{std::nullopt, InputError{std::move(path), "not a readable PDF file", 0}};
  }
}

}  // namespace qa
