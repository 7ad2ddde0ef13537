# wiretrace_corpus_analysis(<target> <cli-command> <cli-target-or-empty> <out.json>)
#
# Runs `wiretrace analyze <corpus> --json <out>` at build time. The corpus files are globbed with
# CONFIGURE_DEPENDS, so editing a file re-runs the command and adding or removing one re-globs
# (CMake re-checks the glob on every build) and re-runs it.
function(wiretrace_corpus_analysis target cli cli_target out)
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
  add_custom_command(OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${_out_dir}"
    COMMAND ${cli} analyze "${WIRETRACE_CORPUS}" --json "${out}"
    DEPENDS ${_deps}
    COMMENT "Analysing the corpus ${WIRETRACE_CORPUS}"
    VERBATIM)
  add_custom_target(${target} ALL DEPENDS "${out}")
endfunction()
