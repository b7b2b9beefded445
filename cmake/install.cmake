# `cmake --install` lays quoteaudit out as a tool (GNUInstallDirs): the binary,
# its man page and its documentation. The tests are never installed. CPack
# (cmake/packaging.cmake) builds the .deb from these same rules.
include(GNUInstallDirs)

# The man page is written by hand (docs/man/quoteaudit.1.in; check_man_page.py keeps
# it in step with --help) and only the version is filled in. Debian policy
# wants installed man pages gzipped and CPack does not compress them, so the
# build does: -n leaves out the name and time stamp, so the same page always
# gives the same bytes.
set(QA_MAN_PAGE ${CMAKE_BINARY_DIR}/man/quoteaudit.1)
configure_file(${CMAKE_SOURCE_DIR}/docs/man/quoteaudit.1.in ${QA_MAN_PAGE} @ONLY)
find_program(QA_GZIP gzip REQUIRED)
add_custom_command(
  OUTPUT ${QA_MAN_PAGE}.gz
  COMMAND sh -c "\"$1\" -9nc \"$2\" > \"$3\"" sh ${QA_GZIP} ${QA_MAN_PAGE} ${QA_MAN_PAGE}.gz
  DEPENDS ${QA_MAN_PAGE}
  COMMENT "Compressing the man page"
  VERBATIM)
add_custom_target(quoteaudit_man ALL DEPENDS ${QA_MAN_PAGE}.gz)

install(TARGETS quoteaudit RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Found by the binary relative to its own folder (src/io/pdf_reader.cc).
install(TARGETS qa_pdf LIBRARY DESTINATION ${QA_PDF_MODULE_DIR})
install(FILES ${QA_MAN_PAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The README and docs/ keep their layout, so the links between them still work.
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs
        FILES_MATCHING PATTERN "*.md" PATTERN "*.json" PATTERN "man" EXCLUDE)
