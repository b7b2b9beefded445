// Finds the annotated articles of a corpus directory. Two layouts:
//   DIR/text/X.txt with DIR/attributions/X.ann   (PolNeAR)
//   DIR/X.txt beside DIR/X.ann                  (brat's default)
// An .ann file without its .txt is an error; a .txt without annotations is
// skipped (it has nothing to score against).
#pragma once

#include <string>
#include <vector>

#include "eval/eval_error.h"

namespace qa {

struct AnnotatedArticle {
  std::string name;      // file stem, e.g. "x"
  std::string txt_path;  // as a path under the directory given
  std::string ann_path;
};

// Articles sorted by name. A missing or unreadable directory, or one with no
// annotated article at all, gives an error.
std::vector<AnnotatedArticle> FindAnnotatedArticles(const std::string& dir,
                                                    std::vector<EvalError>* errors);

}  // namespace qa
