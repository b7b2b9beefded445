#include "eval/evaluate.h"

#include "eval/brat_reader.h"
#include "eval/corpus_layout.h"
#include "eval/eval_writer.h"
#include "eval/scorer.h"
#include "io/file_reader.h"
#include "io/plain_text_reader.h"

namespace qa {
namespace {

// Evaluates one article into `report`; false when it could not be read.
bool EvaluateArticle(const AnnotatedArticle& article, const EvalWords& eval_words,
                     const QuotePredictor& predict, EvalReport* report) {
  FileBytes txt = ReadFileBytes(article.txt_path);
  FileBytes ann = ReadFileBytes(article.ann_path);
  for (const FileBytes* file : {&txt, &ann}) {
    if (file->error) {
      report->errors.push_back({file->error->path, 0, file->error->message});
      return false;
    }
  }
  LoadResult loaded = LoadPlainText(article.txt_path, std::move(txt.bytes));
  if (!loaded.document) {
    std::string message = loaded.error ? loaded.error->message : "cannot be read as text";
    report->errors.push_back({article.txt_path, 0, message});
    return false;
  }
  const Document& document = *loaded.document;
  BratAnnotations annotations =
      ParseBratAnnotations(article.ann_path, ann.bytes, document.original(), &report->errors);
  ArticleScore score = ScoreArticle(document, annotations, predict(document), eval_words);
  report->counts.Add(score.counts);
  for (Miss& miss : score.misses) report->misses.push_back(std::move(miss));
  return true;
}

}  // namespace

EvalReport EvaluateCorpus(const std::string& corpus_dir, const EvalWords& eval_words,
                          const QuotePredictor& predict) {
  EvalReport report;
  report.corpus = corpus_dir;
  for (const AnnotatedArticle& article : FindAnnotatedArticles(corpus_dir, &report.errors)) {
    EvaluateArticle(article, eval_words, predict, &report);
  }
  SortMisses(&report.misses);
  return report;
}

int RunEvaluation(const EvalOptions& options, const RuleSet& rules, const Scanner& scanner,
                  std::ostream& out, std::ostream& err) {
  EvalWords eval_words = LoadEvalWords(rules);
  EvalReport report =
      EvaluateCorpus(options.corpus_dir, eval_words,
                     [&scanner](const Document& document) { return scanner.Scan(document); });
  for (const EvalError& error : report.errors) err << error.ToString() << "\n";
  if (options.format == EvalFormat::kJson) {
    WriteEvalJson(report, options.verbose, out);
  } else if (report.counts.articles > 0) {
    WriteEvalText(report, options.verbose, out);
  }
  return report.errors.empty() && report.counts.articles > 0 ? 0 : 2;
}

}  // namespace qa
