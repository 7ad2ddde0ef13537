# Web build: the ImGui app compiled to WebAssembly, and the page folder ${WIRETRACE_SITE_DIR}.
#
# Two ways to get SDL2 and Dear ImGui:
#   default (Debian, what CI runs): Debian's emscripten 3.1.6, SDL2 built by scripts/setup into
#     ${WIRETRACE_CACHE}/sdl2-wasm, Dear ImGui 1.92.x from Debian's source package;
#   -DWIRETRACE_EMSDK=ON (a current emsdk elsewhere): SDL2 from emscripten's port (-sUSE_SDL=2)
#     and Dear ImGui downloaded at the pinned tag below. Needs internet at configure time.

set(WIRETRACE_CLI "" CACHE FILEPATH "Native wiretrace CLI that analyses the corpus at build time (build the native preset first)")
if(NOT WIRETRACE_CLI OR NOT EXISTS "${WIRETRACE_CLI}")
  message(FATAL_ERROR "WIRETRACE_CLI='${WIRETRACE_CLI}' is not a built native CLI. Build the native preset first (scripts/build does both).")
endif()
set(WIRETRACE_FONT "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf" CACHE FILEPATH "TrueType font embedded in the page (Debian package fonts-noto-core)")
if(NOT EXISTS "${WIRETRACE_FONT}")
  message(FATAL_ERROR "Font ${WIRETRACE_FONT} not found: run scripts/setup (fonts-noto-core) or set WIRETRACE_FONT")
endif()
set(WIRETRACE_SITE_DIR "${CMAKE_BINARY_DIR}/site" CACHE PATH "Folder the page is assembled in")
# The font is slimmed with fontTools' subsetter (Debian python3-fonttools; Debian's own python,
# where the package installs it): every glyph is kept, TrueType hinting and the layout tables
# other than kerning are dropped. ImGui rasterises with stb_truetype, which reads neither, so
# nothing drawn changes, and the page downloads 128 KB of font instead of 259 KB (gzip).
set(WIRETRACE_FONT_PYTHON "/usr/bin/python3" CACHE FILEPATH "Python with fontTools (Debian python3-fonttools)")
execute_process(COMMAND "${WIRETRACE_FONT_PYTHON}" -c "import fontTools.subset"
                RESULT_VARIABLE _fonttools_missing OUTPUT_QUIET ERROR_QUIET)
if(_fonttools_missing)
  message(FATAL_ERROR "${WIRETRACE_FONT_PYTHON} cannot import fontTools.subset: run scripts/setup (python3-fonttools)")
endif()

if(WIRETRACE_EMSDK)
  include(FetchContent)
  # Pinned release; the Debian path uses the same 1.92 series from Debian's source package.
  FetchContent_Declare(imgui_src URL https://github.com/ocornut/imgui/archive/refs/tags/v1.92.2b.tar.gz)
  FetchContent_MakeAvailable(imgui_src)
  set(IMGUI_DIR "${imgui_src_SOURCE_DIR}")
  set(SDL2_COMPILE -sUSE_SDL=2)
  set(SDL2_LINK -sUSE_SDL=2)
else()
  set(IMGUI_DIR "${WIRETRACE_CACHE}/src/imgui")
  set(SDL2_PREFIX "${WIRETRACE_CACHE}/sdl2-wasm")
  if(NOT EXISTS "${SDL2_PREFIX}/lib/libSDL2.a" OR NOT EXISTS "${IMGUI_DIR}/imgui.h")
    message(FATAL_ERROR "SDL2 for wasm or Dear ImGui missing under ${WIRETRACE_CACHE}: run scripts/setup")
  endif()
  set(SDL2_COMPILE -sUSE_SDL=0 "-I${SDL2_PREFIX}/include/SDL2")
  set(SDL2_LINK -sUSE_SDL=0 "${SDL2_PREFIX}/lib/libSDL2.a")
endif()

file(STRINGS "${IMGUI_DIR}/imgui.h" _imgui_version_line REGEX "^#define IMGUI_VERSION ")
if(NOT _imgui_version_line MATCHES "\"1\\.92")
  message(FATAL_ERROR "Dear ImGui 1.92.x required, found: ${_imgui_version_line} in ${IMGUI_DIR}")
endif()

add_library(imgui STATIC
  "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DIR}/imgui_tables.cpp"
  "${IMGUI_DIR}/imgui_widgets.cpp"
  "${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp" "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/backends")
target_compile_options(imgui PUBLIC ${SDL2_COMPILE})
# The demo and debug tools are a third of ImGui's code and nothing a reader uses.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS)
# The OpenGL backend reads the scissor box and blend state back from GL every frame to restore
# it, and the GL version once, and in WebGL each read is a synchronous wait on the browser's GPU
# process. Those reads and the calls that set that state go through src/app/GlStateCache.cpp,
# which answers from memory. Its questions whether its shaders compiled and linked go through
# src/app/GlShaderStatus.cpp, which answers them after the first frame instead of during start-up.
set_source_files_properties("${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp" PROPERTIES COMPILE_DEFINITIONS
  "glGetIntegerv=wiretrace_gl_get_integerv;glGetString=wiretrace_gl_get_string;glScissor=wiretrace_gl_scissor;glBlendEquation=wiretrace_gl_blend_equation;glBlendEquationSeparate=wiretrace_gl_blend_equation_separate;glBlendFunc=wiretrace_gl_blend_func;glBlendFuncSeparate=wiretrace_gl_blend_func_separate;glGetShaderiv=wiretrace_gl_get_shaderiv;glGetProgramiv=wiretrace_gl_get_programiv")
if(NOT WIRETRACE_EMSDK)
  # Emscripten 3.1.6 does not define EMSCRIPTEN_KEEPALIVE before the SDL2 backend's EM_JS.
  set_source_files_properties("${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp" PROPERTIES
    COMPILE_OPTIONS "-include;emscripten/em_macros.h")
endif()

# --- What the page embeds: the analysis of the corpus and the font --------------------------
include(${CMAKE_SOURCE_DIR}/cmake/Corpus.cmake)
set(BUNDLE_DIR "${CMAKE_BINARY_DIR}/bundle")
# The page downloads the analysis in its compressed binary form from the site folder and reads
# it a slice per frame (main_web.cpp), so only the font is preloaded. The JSON stays in the
# bundle folder, not preloaded, for tools and the browser test that compares it with the page's
# own re-analysis.
wiretrace_corpus_analysis(corpus_analysis "${WIRETRACE_CLI}" "" "${BUNDLE_DIR}/analysis.json"
                          BINARY_GZ "${WIRETRACE_SITE_DIR}/analysis.wtab.gz")
# The text version of the analysis beside the page (src/report/report.h), for readers without
# JavaScript or WebGL, screen readers and printing; a corpus over 100 articles also writes
# report-articles-K.html and report-passages-K.html pages (byproducts: their number depends on it).
# It is written from the analysis the build already made (analysis.json), not a second analysis.
add_custom_command(OUTPUT "${WIRETRACE_SITE_DIR}/report.html"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${WIRETRACE_SITE_DIR}"
  COMMAND "${WIRETRACE_CLI}" report --analysis "${BUNDLE_DIR}/analysis.json" --html "${WIRETRACE_SITE_DIR}/report.html"
  DEPENDS "${BUNDLE_DIR}/analysis.json" "${WIRETRACE_CLI}"
  COMMENT "Writing the text version of the analysis (report.html)"
  VERBATIM)
add_custom_target(report_html ALL DEPENDS "${WIRETRACE_SITE_DIR}/report.html")
# analysis.json is corpus_analysis's output: depending on that target too makes the analysis run
# once, first; without it two targets each ran it at once and one's gzip lost the other's file.
add_dependencies(report_html corpus_analysis)
add_custom_command(OUTPUT "${BUNDLE_DIR}/font.ttf"
  COMMAND "${WIRETRACE_FONT_PYTHON}" -m fontTools.subset "${WIRETRACE_FONT}" --unicodes=*
          --no-hinting --layout-features=kern "--output-file=${BUNDLE_DIR}/font.ttf"
  DEPENDS "${WIRETRACE_FONT}" VERBATIM)
add_custom_target(bundle_font DEPENDS "${BUNDLE_DIR}/font.ttf")

# --- The app ------------------------------------------------------------------------------
file(GLOB WIRETRACE_APP_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/app/*.cpp")
add_executable(wiretrace_app ${WIRETRACE_APP_SOURCES})
set_target_properties(wiretrace_app PROPERTIES OUTPUT_NAME wiretrace SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY "${WIRETRACE_SITE_DIR}")
target_link_libraries(wiretrace_app PRIVATE wiretrace_core imgui)
# Exceptions, as WebAssembly's own (-fwasm-exceptions; Chrome/Edge 95, Firefox 100, Safari 15.2).
# The core reports bad input by throwing (AnalysisFormatError: a damaged analysis.wtab.gz), and
# emscripten's default build turns any throw into an abort, "The application stopped", with the
# page's catch blocks compiled but never reached. Native exceptions cost nothing until thrown,
# where the JS-emulated ones (-fexceptions, what the worker uses) route every call that may
# throw through JavaScript. Measured on the seed page (docs/benchmarks.md, "Exceptions"):
# wiretrace.wasm 722 -> 746 KB gzip; first frame within budget (bench-page 732-746 -> 862-901 ms
# in separate runs, bench-startup's interleaved loads ready at 869 ms before, 796 ms after).
# The alternative, a decoder that returns its error, would put an error check after every read
# of the decoder's 700 lines (or keep a second copy of it), and would leave every other throw
# (nlohmann-json's, std::bad_alloc) an abort. Debian's emscripten ships the libc++ for it
# (libc++-except.a is the wasm-exceptions build in 3.1.6).
target_compile_options(wiretrace_core PUBLIC -fwasm-exceptions)
target_compile_options(wiretrace_app PRIVATE -Wall -Wextra -Wno-unused-parameter)
add_dependencies(wiretrace_app corpus_analysis bundle_font)
# Link to .js, not .html: Debian's emscripten crashes in its HTML minifier, and we keep our own
# shell in web/ anyway. The bundle is a separate .data file so the page can show download
# progress and a user can swap in another corpus without recompiling.
# GL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0: emscripten would otherwise enable every WebGL
# extension the browser offers when the context is made (about 30 in Chromium, each a synchronous
# wait on the GPU process inside the app's start-up task); the app draws with WebGL 2 core only.
target_link_options(wiretrace_app PRIVATE
  ${SDL2_LINK} -fwasm-exceptions
  -sALLOW_MEMORY_GROWTH=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sEXPORTED_FUNCTIONS=_main,_wiretrace_state,_wiretrace_status,_wiretrace_request_frame,_wiretrace_system_theme,_wiretrace_set_clipboard,_wiretrace_export,_wiretrace_reset_frame_stats,_wiretrace_reanalyze,_wiretrace_text_input,_wiretrace_key,_wiretrace_replace_analysis
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,ccall
  -sENVIRONMENT=web -sEXIT_RUNTIME=0
  "SHELL:--preload-file ${BUNDLE_DIR}/font.ttf@/bundle/font.ttf"
  $<$<CONFIG:Release>:-Oz>)
set_property(TARGET wiretrace_app APPEND PROPERTY LINK_DEPENDS "${BUNDLE_DIR}/font.ttf")

# --- The page: our HTML shell, CSS and JS next to the compiled app --------------------------
file(GLOB WIRETRACE_WEB_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/web/*")
set(_site_copies)
foreach(f ${WIRETRACE_WEB_FILES})
  get_filename_component(n "${f}" NAME)
  add_custom_command(OUTPUT "${WIRETRACE_SITE_DIR}/${n}"
    COMMAND ${CMAKE_COMMAND} -E copy "${f}" "${WIRETRACE_SITE_DIR}/${n}" DEPENDS "${f}" VERBATIM)
  list(APPEND _site_copies "${WIRETRACE_SITE_DIR}/${n}")
endforeach()
add_custom_target(site ALL DEPENDS ${_site_copies} wiretrace_app)

# --- The analysis worker: the core alone, for a reader's own articles (issue 10) ------------
# web/analysis_worker.js loads it in a Web Worker; no SDL or ImGui, so it is small and starts
# fast, and the page's main thread keeps drawing while it analyses.
# Its own copy of the core, built with -fexceptions: the loader reports bad input by throwing
# CorpusError, and the worker must catch it to name the file and go on with the others
# (emscripten's default build aborts on any throw). The app's core is left as it was.
add_library(wiretrace_core_exceptions STATIC ${WIRETRACE_CORE_SOURCES})
target_include_directories(wiretrace_core_exceptions PUBLIC "${CMAKE_SOURCE_DIR}/src")
target_link_libraries(wiretrace_core_exceptions PUBLIC snowball_english nlohmann_json_headers)
target_compile_options(wiretrace_core_exceptions PRIVATE -Wall -Wextra -Wno-unused-parameter)
target_compile_options(wiretrace_core_exceptions PUBLIC -fexceptions)
add_dependencies(wiretrace_core_exceptions wiretrace_antonym_table) # claim_antonyms.cpp's table
add_executable(wiretrace_worker "${CMAKE_SOURCE_DIR}/src/worker/analysis_worker.cpp")
set_target_properties(wiretrace_worker PROPERTIES OUTPUT_NAME wiretrace_worker SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY "${WIRETRACE_SITE_DIR}")
target_link_libraries(wiretrace_worker PRIVATE wiretrace_core_exceptions)
target_compile_options(wiretrace_worker PRIVATE -Wall -Wextra -Wno-unused-parameter)
target_link_options(wiretrace_worker PRIVATE
  -fexceptions -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=worker -sEXIT_RUNTIME=0
  -sEXPORTED_FUNCTIONS=_malloc,_free,_wt_worker_set_embedded,_wt_worker_add_file,_wt_worker_analyze,_wt_worker_result_json,_wt_worker_binary,_wt_worker_binary_size
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,ccall
  $<$<CONFIG:Release>:-O2>)
add_dependencies(site wiretrace_worker)
