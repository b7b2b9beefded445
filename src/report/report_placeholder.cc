// Placeholder so the report stage library has a source before its first file lands.
namespace qa {}
