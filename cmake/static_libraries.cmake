# Start-up (docs/performance.md, "Start-up"): with QA_STATIC_LIBRARIES the
# third-party libraries Debian ships as archives (re2, gumbo, yaml-cpp, zlib,
# Abseil's) and libstdc++ are linked into the binary instead of being loaded
# and relocated at every start; toml++, shipped only as a shared library, is
# compiled from its headers. md4c (no archive) and libc stay shared.
#
# qa_prefer_static_archives() goes before the pkg_check_modules and
# find_package calls, qa_use_static_archives() after them.

macro(qa_prefer_static_archives)
  if(QA_STATIC_LIBRARIES)
    set(QA_SHARED_LIBRARY_SUFFIXES ${CMAKE_FIND_LIBRARY_SUFFIXES})
    # pkg_check_modules and FindZLIB find each library with find_library,
    # which takes the first suffix that exists.
    set(CMAKE_FIND_LIBRARY_SUFFIXES .a ${CMAKE_FIND_LIBRARY_SUFFIXES})
    set(ZLIB_USE_STATIC_LIBS ON)
  endif()
endmacro()

# Abseil's package config imports its shared libraries: each of the
# imported targets below is pointed at the archive beside its shared
# library, where there is one.
function(qa_use_static_abseil)
  get_property(imported DIRECTORY PROPERTY IMPORTED_TARGETS)
  foreach(target IN LISTS imported)
    if(NOT target MATCHES "^absl::")
      continue()
    endif()
    get_target_property(type ${target} TYPE)
    if(NOT type STREQUAL "SHARED_LIBRARY")
      continue()
    endif()
    get_target_property(configs ${target} IMPORTED_CONFIGURATIONS)
    foreach(config IN LISTS configs)
      get_target_property(location ${target} IMPORTED_LOCATION_${config})
      string(REGEX REPLACE "\\.so(\\.[0-9]+)*$" ".a" archive "${location}")
      if(location AND NOT archive STREQUAL location AND EXISTS "${archive}")
        set_target_properties(${target} PROPERTIES IMPORTED_LOCATION_${config} "${archive}")
        # Without a soname CMake links the file by its path.
        set_property(TARGET ${target} PROPERTY IMPORTED_SONAME_${config})
      endif()
    endforeach()
  endforeach()
endfunction()

macro(qa_use_static_archives)
  if(QA_STATIC_LIBRARIES)
    set(CMAKE_FIND_LIBRARY_SUFFIXES ${QA_SHARED_LIBRARY_SUFFIXES})
    qa_use_static_abseil()
    # toml++ from its headers (TOML_HEADER_ONLY), not its shared library.
    set_target_properties(PkgConfig::TOMLPP PROPERTIES
      INTERFACE_LINK_LIBRARIES "" INTERFACE_LINK_OPTIONS "" INTERFACE_LINK_DIRECTORIES ""
      INTERFACE_COMPILE_OPTIONS "" INTERFACE_COMPILE_DEFINITIONS "TOML_HEADER_ONLY=1")
  endif()
endmacro()

# libstdc++ linked into `target` too: a shared libstdc++ would be loaded
# anyway and its thousands of symbols bound at every start. Only plain C
# crosses into the PDF module (src/io/pdf_module.h), which keeps poppler's
# shared one.
function(qa_link_static_runtime target)
  if(QA_STATIC_LIBRARIES)
    target_link_options(${target} PRIVATE -static-libstdc++)
  endif()
endfunction()
