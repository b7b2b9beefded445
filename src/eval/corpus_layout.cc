#include "eval/corpus_layout.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace qa {
namespace {

namespace fs = std::filesystem;

// The .ann files directly inside `dir`, sorted by name.
std::vector<fs::path> AnnFiles(const fs::path& dir, std::vector<EvalError>* errors) {
  std::vector<fs::path> found;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    errors->push_back({dir.string(), 0, "cannot read directory: " + ec.message()});
    return found;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      errors->push_back({dir.string(), 0, "cannot read directory: " + ec.message()});
      break;
    }
    const fs::path& path = it->path();
    if (path.extension() == ".ann" && it->is_regular_file(ec)) found.push_back(path);
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

std::vector<AnnotatedArticle> FindAnnotatedArticles(const std::string& dir,
                                                    std::vector<EvalError>* errors) {
  std::vector<AnnotatedArticle> articles;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    errors->push_back({dir, 0, fs::exists(dir, ec) ? "not a directory" : "no such directory"});
    return articles;
  }
  fs::path root(dir);
  bool polnear = fs::is_directory(root / "attributions", ec) && fs::is_directory(root / "text", ec);
  fs::path ann_dir = polnear ? root / "attributions" : root;
  fs::path txt_dir = polnear ? root / "text" : root;
  for (const fs::path& ann : AnnFiles(ann_dir, errors)) {
    std::string stem = ann.stem().string();
    fs::path txt = txt_dir / (stem + ".txt");
    if (!fs::is_regular_file(txt, ec)) {
      errors->push_back({ann.string(), 0, "no article text " + txt.string() + " for it"});
      continue;
    }
    articles.push_back({stem, txt.string(), ann.string()});
  }
  if (articles.empty() && errors->empty()) {
    errors->push_back({dir, 0,
                       "no annotated articles found (expected X.txt beside X.ann, or "
                       "text/X.txt with attributions/X.ann)"});
  }
  return articles;
}

}  // namespace qa
