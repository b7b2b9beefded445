// Placeholder so the io stage library has a source before its first file lands.
namespace qa {}
