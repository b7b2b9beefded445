#include "cli/fingerprint_join.h"

#include <algorithm>

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

}  // namespace qa
