// STUB until the attribution engine lands.
#include "scan/attributor.h"

namespace qa {

std::unique_ptr<Attributor> Attributor::Create(const RuleSet& rules,
                                               std::vector<RuleError>* errors) {
  return std::unique_ptr<Attributor>(new Attributor());
}

Attributor::~Attributor() = default;

void Attributor::Attribute(const Document& document, ScanResult* result) const {}

}  // namespace qa
