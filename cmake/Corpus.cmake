# wiretrace_corpus_analysis(<target> <cli-command> <cli-target-or-empty> <out.json>
#                           [BINARY_GZ <out.wtab.gz>])
#
# Runs `wiretrace analyze <corpus> --json <out>` at build time. With BINARY_GZ it also writes the
# compact binary form the page downloads (docs/analysis-format.md, "Binary form"), compressed
# with gzip (-n: no name or time stamp in it, so the same corpus gives the same bytes). The corpus files are globbed with
# CONFIGURE_DEPENDS, so editing a file re-runs the command and adding or removing one re-globs
# (CMake re-checks the glob on every build) and re-runs it.
function(wiretrace_corpus_analysis target cli cli_target out)
  cmake_parse_arguments(_wca "" "BINARY_GZ" "" ${ARGN})
  if(IS_DIRECTORY "${WIRETRACE_CORPUS}")
    file(GLOB _corpus_files CONFIGURE_DEPENDS
      "${WIRETRACE_CORPUS}/*.md" "${WIRETRACE_CORPUS}/*.markdown"
      "${WIRETRACE_CORPUS}/*.txt" "${WIRETRACE_CORPUS}/*.jsonl")
  elseif(EXISTS "${WIRETRACE_CORPUS}")
    set(_corpus_files "${WIRETRACE_CORPUS}")
  else()
    message(FATAL_ERROR "WIRETRACE_CORPUS=${WIRETRACE_CORPUS} does not exist")
  endif()
  if(NOT _corpus_files)
    message(FATAL_ERROR "WIRETRACE_CORPUS=${WIRETRACE_CORPUS} holds no .md, .txt or .jsonl file")
  endif()
  # Removing a file shrinks the dependency list without touching anything newer than the output,
  # so the list itself is a dependency: file(CONFIGURE) rewrites it only when it changes.
  string(REPLACE ";" "\n" _listing "${_corpus_files}")
  set(_manifest "${CMAKE_BINARY_DIR}/corpus-files-${target}.txt")
  file(CONFIGURE OUTPUT "${_manifest}" CONTENT "${_listing}\n" @ONLY)
  set(_deps ${_corpus_files} "${_manifest}")
  if(cli_target)
    list(APPEND _deps ${cli_target})
  elseif(EXISTS "${cli}")
    list(APPEND _deps "${cli}")
  endif()
  get_filename_component(_out_dir "${out}" DIRECTORY)
  set(_outputs "${out}")
  set(_binary_args)
  set(_compress)
  set(_compress_dir)
  if(_wca_BINARY_GZ)
    string(REGEX REPLACE "\\.gz$" "" _binary "${_wca_BINARY_GZ}")
    get_filename_component(_binary_dir "${_binary}" DIRECTORY)
    list(APPEND _outputs "${_wca_BINARY_GZ}")
    set(_binary_args --binary "${_binary}")
    set(_compress_dir COMMAND ${CMAKE_COMMAND} -E make_directory "${_binary_dir}")
    set(_compress COMMAND gzip -9 -n -f "${_binary}")
  endif()
  add_custom_command(OUTPUT ${_outputs}
    COMMAND ${CMAKE_COMMAND} -E make_directory "${_out_dir}"
    ${_compress_dir}
    COMMAND ${cli} analyze "${WIRETRACE_CORPUS}" --json "${out}" ${_binary_args}
    ${_compress}
    DEPENDS ${_deps}
    COMMENT "Analysing the corpus ${WIRETRACE_CORPUS}"
    VERBATIM)
  add_custom_target(${target} ALL DEPENDS ${_outputs})
endfunction()
