# CPack: `cpack -G DEB` in the build folder (or scripts/package) makes
# quoteaudit_<version>_<arch>.deb from the install rules in cmake/install.cmake.
# tests/tools/check_package.py builds one, unpacks it into a scratch root and
# runs the binary from there.
set(QA_PACKAGE_MAINTAINER
    "quoteaudit maintainers <maintainers@users.noreply.r-seed-31f03125.example>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME quoteaudit)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${QA_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "audit news copy for quotes and attribution")
set(CPACK_PACKAGE_DESCRIPTION
    "quoteaudit finds every quoted span in an article, ties each one to its source and
reports what an editor must fix: quotes with no source, vague sources, claims that
rest on nobody, the same words given to different speakers, repeated text, page
furniture and broken quote marks. It reads plain text, Markdown and HTML and
writes compiler-style text, JSON or a table of quotes and speakers.")
# A Debian package installs under /usr whatever CMAKE_INSTALL_PREFIX says.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends is computed from the binary's shared libraries by dpkg-shlibdeps
# (dpkg-dev), so it names the runtime packages (libre2-9, libgumbo1, ...)
# of whatever Debian release the package is built on.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# git only for check --diff-base (docs/dependencies.md).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS git)
include(CPack)
