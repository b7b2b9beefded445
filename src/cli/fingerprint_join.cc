#include "cli/fingerprint_join.h"

#include <algorithm>
#include <memory>

namespace qa {

JoinResult JoinRecords(std::span<const FingerprintRecord> records,
                       std::span<const Check* const> checks) {
  JoinResult result;
  std::map<std::string, const Check*, std::less<>> by_id;
  for (const Check* check : checks) by_id.emplace(std::string(check->id()), check);

  std::vector<const FingerprintRecord*> order;
  order.reserve(records.size());
  for (const FingerprintRecord& record : records) order.push_back(&record);
  std::sort(order.begin(), order.end(), [](const FingerprintRecord* a, const FingerprintRecord* b) {
    if (a->key != b->key) return a->key < b->key;
    if (!(a->article == b->article)) return a->article < b->article;
    return a->item < b->item;
  });
  for (size_t begin = 0; begin < order.size();) {
    size_t end = begin + 1;
    while (end < order.size() && order[end]->key == order[begin]->key) ++end;
    ++result.keys;
    auto check = by_id.find(order[begin]->check);
    if (check == by_id.end()) {
      result.unknown[order[begin]->check] += end - begin;
    } else {
      check->second->JoinKey(std::span(order).subspan(begin, end - begin), &result.resolutions);
    }
    begin = end;
  }
  std::stable_sort(result.resolutions.begin(), result.resolutions.end(),
                   [](const Resolution& a, const Resolution& b) {
                     if (!(a.article == b.article)) return a.article < b.article;
                     if (a.check != b.check) return a.check < b.check;
                     return a.item < b.item;
                   });
  return result;
}

std::vector<ArticleFindings> FindingsOf(std::span<const FingerprintRecord> records,
                                        const std::vector<Resolution>& resolutions,
                                        std::span<const Check* const> checks) {
  std::map<ArticleRef, std::vector<const Resolution*>> resolved;
  for (const Resolution& resolution : resolutions) {
    resolved[resolution.article].push_back(&resolution);
  }
  std::map<ArticleRef, std::vector<FingerprintRecord>> own;
  for (const FingerprintRecord& record : records) {
    if (resolved.count(record.article) > 0) own[record.article].push_back(record);
  }
  std::vector<ArticleFindings> out;
  for (const auto& [article, found] : resolved) {
    ArticleFindings item;
    item.article = article;
    std::vector<FingerprintRecord>& article_records = own[article];
    std::sort(article_records.begin(), article_records.end(),
              [](const FingerprintRecord& a, const FingerprintRecord& b) {
                if (a.check != b.check) return a.check < b.check;
                return a.item < b.item;
              });
    for (const Check* check : checks) {
      std::vector<const Resolution*> mine;
      for (const Resolution* resolution : found) {
        if (resolution->check == check->id()) mine.push_back(resolution);
      }
      if (mine.empty()) continue;
      std::unique_ptr<CrossFileDigest> digest = check->FromRecords(article_records);
      if (digest != nullptr) check->Resolve(*digest, mine, &item.findings);
    }
    if (item.findings.empty()) continue;
    std::stable_sort(item.findings.begin(), item.findings.end(),
                     [](const Finding& a, const Finding& b) {
                       if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
                       return a.rule < b.rule;
                     });
    // Where each finding (and a related place in the same article) is: the
    // record whose span it covers.
    auto place_of = [&](Span span) {
      RecordPlace place;
      place.span = span;
      place.source = span;
      for (const FingerprintRecord& record : article_records) {
        if (record.place.span == span && record.place.line > 0) return record.place;
        if (record.start.span == span && record.start.line > 0) place = record.start;
      }
      return place;
    };
    for (Finding& finding : item.findings) {
      item.places.push_back(place_of(finding.span));
      for (RelatedLocation& related : finding.related) {
        if (!related.path.empty()) continue;
        const RecordPlace at = place_of(related.span);
        related.path = article.path;
        related.span = at.source;
        related.line = at.line;
        related.column = at.column;
      }
    }
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace qa
