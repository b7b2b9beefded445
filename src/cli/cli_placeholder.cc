// Placeholder so the cli stage library has a source before its first file lands.
namespace qa {}
