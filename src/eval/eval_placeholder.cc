// Placeholder so the eval stage library has a source before its first file lands.
namespace qa {}
