// main_web.cpp — the browser host: SDL2 window + WebGL2 context, the Dear ImGui backends, the
// main loop, and the few functions the page's JavaScript calls.
//
// [SECTION] Platform state
// [SECTION] Progressive open
// [SECTION] Redraw on demand
// [SECTION] Browser services: download, clipboard
// [SECTION] Frame
// [SECTION] JavaScript interface
// [SECTION] Start-up
//
// The page redraws only on input or while something moves: after the last event it keeps
// drawing for a short settle time (tooltips appear after a hover delay, scrolling eases), then
// pauses emscripten's main loop entirely, so an idle tab costs no CPU. An SDL event watch resumes
// the loop on the next input event; a window resize and a URL hash change do the same.
//
// The analysis arrives as the compact binary form (core/analysis_binary.h), downloaded and
// inflated by the page's JavaScript (web/shell.js) before the app starts. Reading it all at once
// blocked the tab for seconds at 1,000 articles (issue 9), so it is read a slice of at most
// kDecodeSliceMs at a time, one slice per frame, each in a task of its own that the frame
// schedules (read_task): the Sources view opens as soon as its sections are read, the other
// views when everything is, and a progress line shows how far it got.

#include "AppShell.h"
#include "GlShaderStatus.h"
#include "GlStateCache.h"
#include "Theme.h"
#include "core/analysis_binary.h"
#include "core/analysis_json.h"
#include "core/analyze.h"

#include <SDL.h>
#include <emscripten.h>
#include <emscripten/eventloop.h> // emscripten_set_immediate: read_task
#include <emscripten/html5.h>
#include <GLES3/gl3.h>
#include <imgui.h>
#include <imgui_internal.h> // ImGuiContext::InputEventsQueue: see frame()
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

using namespace wiretrace;

// [SECTION] Platform state ------------------------------------------------------------------

namespace {

struct Platform {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    Theme theme;
    std::unique_ptr<AppShell> shell;
    double draw_until = 0;   // emscripten_get_now() ms until which frames keep being drawn
    int frames_owed = 0;     // frames still drawn after a request, however long they take
    bool want_text = false;  // an ImGui text field had the keyboard last frame (told to the page)
    bool over_text = false;  // the pointer was over a text field last frame
    bool loop_paused = false;
    // Start-up is spread over the first animation frames, one wait on the GPU process each, so
    // that no task blocks the tab for long (issue 9): see start_step().
    enum class Start { Context, Shaders, Running } start = Start::Context;
    // How long each start-up step's task ran the app's code (the WebGL waits included), in ms, in
    // order: main(), the context, the shaders, the first frame. For the page's
    // benchmark and its browser test; the tab's whole tasks are the PerformanceObserver's.
    std::vector<float> startup_steps_ms;
    bool shaders_checked = false; // GlShaderStatus: asked of WebGL a frame after the first
    bool first_frame_drawn = false;
    std::string state_json;  // kept alive for the pointer returned to JavaScript
    std::string reanalysis_json; // likewise, for wiretrace_reanalyze()
    std::string clipboard;   // what ImGui reads back on paste (see the clipboard section)
    // The app's own frame time, NewFrame to Render, in ms: a ring of the last samples, so the
    // hook can report a percentile without the page keeping a history of its own.
    std::array<float, 240> frame_ms{};
    std::size_t frame_count = 0;
    // Progressive open: the binary analysis (owned here, read by the decoder) until it is read.
    // Not a std::string: resizing one zero-fills it first, 50 MB at 10,000 articles, in the one
    // start-up task.
    std::unique_ptr<char[]> analysis_bytes;
    std::size_t analysis_size = 0;
    // Bytes of it copied from the page's chunks so far: the copy is sliced like the reading
    // (40 MB at 10,000 articles took most of a 250 ms start-up task in one go); the decoder is
    // made once all of it is in the heap.
    std::size_t analysis_copied = 0;
    bool analysis_copying = false;
    std::unique_ptr<AnalysisDecoder> decoder;
    bool state_restored = false; // the URL hash applied (needs the articles, for their ids)
    // For the page benchmark: when the view the state names first drew (ms since navigation,
    // 0: not yet), and the first frames' cost as {start, reading the analysis, drawing} in ms,
    // so a slow start can be told apart (reading, a view's first-draw caches, or the browser).
    double ready_at_ms = 0;
    double main_at_ms = 0;
    // The longest stretch of the app's own work in one task (start-up's reading of the analysis,
    // or one frame's reading plus drawing), in ms: what the app itself blocks the tab for. The
    // browser's share of a task (creating the WebGL context, compositing, software WebGL) is on
    // top: scripts/bench-page measures whole tasks.
    double longest_task_ms = 0;
    double longest_read_ms = 0; // of which reading the analysis (what the slices bound)
    // Per-frame reading budget (kDecodeSliceMs unless the page sets
    // window.wiretraceDecodeSliceMs before start-up: the browser test makes slices small so a
    // modest corpus is read over many frames it can watch).
    double decode_slice_ms = 0;
    std::vector<std::array<float, 3>> startup_frames;
    // The reading tasks (read_task) as {start, ms}, the first ones, for the same purpose.
    std::vector<std::array<float, 2>> startup_reads;
    bool read_task_pending = false; // a read_task is scheduled and has not run yet
    double read_since_frame_ms = 0; // reading done in tasks since the last frame
    // The longest single step of reading (a copy step or a decoder step, the latter named by
    // its section): what a slice's budget cannot cut, for the start-up test's message.
    double longest_read_step_ms = 0;
    std::string longest_read_step;
    // Another analysis being read a slice per frame (the reader's own articles, from the page's
    // worker, web/add_articles.js) while the current one stays on screen; swapped in when read.
    struct Replacement {
        std::unique_ptr<char[]> bytes;
        std::size_t size = 0;
        std::unique_ptr<Analysis> analysis = std::make_unique<Analysis>();
        std::unique_ptr<AnalysisDecoder> decoder;
        std::vector<std::string> user_ids;
        std::string hash; // a deep link to restore once it is in, or ""
    };
    std::unique_ptr<Replacement> replacement;
    std::string replacement_error; // the last replacement could not be read
};

Platform g_platform; // the one instance; emscripten's C callbacks have no user pointer to carry it

constexpr double kSettleMs = 600; // longer than ImGui's tooltip delay and scroll easing
constexpr int kSettleFrames = 4;  // and at least this many frames
// Reading the analysis: per frame at most this long (plus one step), in steps of this many
// bytes, in tasks of their own of at most kReadTaskMs each (read_task), so that a slice and a
// frame's drawing never add up in one task.
constexpr double kDecodeSliceMs = 20;
constexpr double kReadTaskMs = 8;
constexpr std::size_t kDecodeStepBytes = 16 * 1024;
// Copying it into the heap: the time is checked after each step of about this many bytes (a
// 2 MB step, the first touch of fresh heap pages included, is a long step on a loaded machine).
constexpr std::size_t kCopyStepBytes = 256 * 1024;
// An analysis up to this size (inflated) is read in main(), before the first frame: the seeds'
// is 29 KB, read in a millisecond or two.
constexpr std::size_t kReadInMainBytes = 256 * 1024;
// Reading a replacement analysis while the page is in use: within a 16 ms frame with the drawing.
constexpr double kReplaceSliceMs = 8;

// [SECTION] Redraw on demand ----------------------------------------------------------------

void request_frames() {
    g_platform.draw_until = emscripten_get_now() + kSettleMs;
    // ImGui settles over a few frames (a tab switch applies on the next frame, a keyboard focus
    // request on the one after): when frames are slow (a busy machine, software WebGL) the
    // settle time alone ran out first, leaving Search's field without the keyboard.
    g_platform.frames_owed = kSettleFrames;
    if (g_platform.loop_paused) {
        g_platform.loop_paused = false;
        emscripten_resume_main_loop();
    }
}

int on_sdl_event(void*, SDL_Event* event) {
    // SDL 2.26 pushes a SDL_POLLSENTINEL into the queue on every SDL_PollEvent cycle; waking on
    // it would keep the loop running forever (seen: 20 frames/s on an idle page).
    if (event->type == SDL_POLLSENTINEL) return 1;
    request_frames();
    return 1;
}

// The canvas follows the window: CSS sizes it to the viewport, and SDL (with
// SDL_WINDOW_ALLOW_HIGHDPI) sets its backing store to CSS size × devicePixelRatio, so text is
// rasterised at the real pixel density (ImGui 1.92 reads it from the framebuffer scale).
// Only a real change is passed on: SDL sets the canvas's width and height even when they are
// unchanged, and setting them reallocates WebGL's drawing buffer, a wait on the GPU process.
void fit_window_to_viewport() {
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    int iw = static_cast<int>(w), ih = static_cast<int>(h);
    int cw = 0, ch = 0;
    SDL_GetWindowSize(g_platform.window, &cw, &ch);
    if (iw > 0 && ih > 0 && (iw != cw || ih != ch)) SDL_SetWindowSize(g_platform.window, iw, ih);
    request_frames();
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    fit_window_to_viewport();
    return EM_FALSE;
}

std::string location_hash() {
    const char* h = emscripten_run_script_string("window.location.hash || ''");
    return h ? h : "";
}

void push_location_hash(const std::string& hash) {
    EM_ASM({ window.wiretraceShell && window.wiretraceShell.pushHash(UTF8ToString($0)); }, hash.c_str());
}

// [SECTION] Progressive open ----------------------------------------------------------------

// What a reader sees when the page's analysis cannot be read: the file, then the decoder's own
// words (which section, which byte, what is wrong). The decoders throw AnalysisFormatError; the
// app is built with WebAssembly exceptions (cmake/Web.cmake) so the throw lands here and the
// page stays up, title bar and Add articles included, instead of aborting.
std::string damaged_analysis_message(const std::exception& e) {
    return std::string("analysis.wtab.gz is damaged: ") + e.what();
}

// The URL hash names articles by id, so it is applied once the corpus section is read.
void restore_state_from_hash() {
    g_platform.state_restored = true;
    std::string hash = location_hash();
    if (!hash.empty() && hash != "#") g_platform.shell->set_state(AppState::from_hash(hash));
    else g_platform.shell->set_state(g_platform.shell->state()); // selects the first article
    // The state as restored (ids checked, defaults filled in) replaces the entry the page was
    // opened with; every later change adds one, so Back after the first move returns here.
    push_location_hash(g_platform.shell->state().to_hash());
}

void finish_loading(std::string error) {
    g_platform.decoder.reset();
    g_platform.analysis_bytes.reset();
    g_platform.analysis_size = 0;
    g_platform.analysis_copying = false;
    EM_ASM({ if (window.wiretraceShell) window.wiretraceShell.embedded = null; });
    if (!error.empty()) g_platform.shell->set_load_error(std::move(error));
    g_platform.shell->set_loading(std::nullopt);
    if (!g_platform.state_restored) restore_state_from_hash();
}

// Copies the next chunks of the page's analysis (window.wiretraceShell.embedded, set aside by
// start_loading) into the heap, `max_bytes` at most (whole chunks, at least one). Returns the
// bytes copied.
std::size_t copy_analysis_chunks(std::size_t max_bytes) {
    const std::size_t at = g_platform.analysis_copied;
    const int copied = EM_ASM_INT(
        {
            var e = window.wiretraceShell.embedded;
            var at = $0; // one declaration per line: a comma would split the macro argument
            var limit = $1;
            var n = 0;
            while (e.next < e.chunks.length && (n === 0 || n + e.chunks[e.next].length <= limit)) {
                var c = e.chunks[e.next];
                HEAPU8.set(c, at + n);
                n += c.length;
                e.chunks[e.next++] = null; // the heap has it now
            }
            return n;
        },
        g_platform.analysis_bytes.get() + at, static_cast<int>(max_bytes));
    g_platform.analysis_copied += static_cast<std::size_t>(copied);
    return static_cast<std::size_t>(copied);
}

void note_read_step(double ms, const char* what) {
    if (ms <= g_platform.longest_read_step_ms) return;
    g_platform.longest_read_step_ms = ms;
    g_platform.longest_read_step = what;
}

// Reads the next slice of the analysis, at most `slice_ms` (plus one step), if any is left:
// first copies it into the heap, then decodes it, each step checking the slice's time.
void read_analysis_slice(double slice_ms) {
    const double start = emscripten_get_now();
    if (g_platform.analysis_copying) {
        while (g_platform.analysis_copied < g_platform.analysis_size &&
               emscripten_get_now() - start < slice_ms) {
            const double step_start = emscripten_get_now();
            copy_analysis_chunks(kCopyStepBytes);
            note_read_step(emscripten_get_now() - step_start, "copy");
        }
        if (g_platform.analysis_copied < g_platform.analysis_size) {
            request_frames();
            return;
        }
        g_platform.analysis_copying = false;
        EM_ASM({ window.wiretraceShell.embedded = null; });
        try {
            g_platform.decoder = std::make_unique<AnalysisDecoder>(
                std::string_view(g_platform.analysis_bytes.get(), g_platform.analysis_size),
                g_platform.shell->analysis_to_fill());
        } catch (const std::exception& e) {
            finish_loading(damaged_analysis_message(e));
            return;
        }
    }
    AnalysisDecoder* decoder = g_platform.decoder.get();
    if (!decoder) return;
    try {
        for (;;) {
            const double step_start = emscripten_get_now();
            const char* section = to_string(decoder->current());
            const bool done = decoder->step(kDecodeStepBytes);
            note_read_step(emscripten_get_now() - step_start, section);
            if (done || emscripten_get_now() - start >= slice_ms) break;
        }
    } catch (const std::exception& e) {
        // The shell shows the message in place of the views: a half-read analysis is not shown.
        finish_loading(damaged_analysis_message(e));
        return;
    }
    if (!g_platform.state_restored && decoder->has(AnalysisSection::Corpus)) restore_state_from_hash();
    if (decoder->done()) {
        finish_loading({});
    } else {
        LoadProgress p;
        p.section = to_string(decoder->current());
        p.fraction = decoder->fraction();
        p.sources_ready = decoder->has(AnalysisSection::Passages);
        g_platform.shell->set_loading(p);
    }
    request_frames();
}

// One slice of the page's analysis, in a task of its own. It was read at the start of each
// frame, before the drawing: the slice, the view's preparation, the drawing and the browser's
// own work for the frame then made one task, and on the loaded test machine the page's own
// longest start-up task was such a frame (docs/benchmarks.md, "Start-up tasks, session 22").
// Each frame schedules the next slice (schedule_read_task), so the pace is as before, a slice
// per frame, and the progress line moves frame by frame; the slice is read in tasks of at most
// kReadTaskMs, one after the other (on a machine this loaded, a thread waits 20-40 ms for a core
// now and then, and a task's length is its work plus those waits: less work, shorter tasks).
// emscripten_set_immediate posts a task (postMessage), not a timer clamped to 4 ms or more.
void schedule_read_task();
void read_task(void*) {
    g_platform.read_task_pending = false;
    if (!g_platform.analysis_copying && !g_platform.decoder) return;
    const double start = emscripten_get_now();
    const double left = g_platform.decode_slice_ms - g_platform.read_since_frame_ms;
    read_analysis_slice(std::min(kReadTaskMs, left));
    const double ms = emscripten_get_now() - start;
    g_platform.read_since_frame_ms += ms;
    // The rest of this frame's slice in the next task; the next frame starts another slice.
    if (g_platform.read_since_frame_ms < g_platform.decode_slice_ms) schedule_read_task();
    g_platform.longest_task_ms = std::max(g_platform.longest_task_ms, ms);
    g_platform.longest_read_ms = std::max(g_platform.longest_read_ms, ms);
    if (g_platform.startup_reads.size() < 64)
        g_platform.startup_reads.push_back({static_cast<float>(start), static_cast<float>(ms)});
}

void schedule_read_task() {
    if (g_platform.read_task_pending || (!g_platform.analysis_copying && !g_platform.decoder)) return;
    g_platform.read_task_pending = true;
    emscripten_set_immediate(read_task, nullptr);
}

// Copies the analysis the page handed over (window.wiretraceShell.analysis: the binary form,
// inflated, as an array of chunks) into `bytes`. False when there is none.
bool take_page_analysis(std::unique_ptr<char[]>& bytes, std::size_t& bytes_size) {
    int size = EM_ASM_INT({
        var chunks = window.wiretraceShell && window.wiretraceShell.analysis;
        if (!chunks) return -1;
        var n = 0;
        for (var i = 0; i < chunks.length; i++) n += chunks[i].length;
        return n;
    });
    if (size < 0) return false;
    bytes_size = static_cast<std::size_t>(size);
    bytes.reset(new char[bytes_size > 0 ? bytes_size : 1]);
    EM_ASM(
        {
            var chunks = window.wiretraceShell.analysis;
            var at = $0; // one declaration per line: a comma would split the macro argument
            for (var i = 0; i < chunks.length; i++) {
                HEAPU8.set(chunks[i], at);
                at += chunks[i].length;
            }
            window.wiretraceShell.analysis = null; // the heap has it now
        },
        bytes.get());
    return true;
}

// Takes the analysis the page downloaded (window.wiretraceShell.analysis, an array of inflated
// chunks) for reading: sets the chunks aside and makes room for them in the heap; the frames
// copy and read them (read_analysis_slice). Returns an error message or "".
std::string start_loading() {
    const int size = EM_ASM_INT({
        var chunks = window.wiretraceShell && window.wiretraceShell.analysis;
        if (!chunks) return -1;
        var n = 0;
        for (var i = 0; i < chunks.length; i++) n += chunks[i].length;
        // Set aside: the slot is the one Add articles hands its analyses over in.
        var embedded = {};
        embedded.chunks = chunks;
        embedded.next = 0;
        window.wiretraceShell.embedded = embedded;
        window.wiretraceShell.analysis = null;
        return n;
    });
    if (size < 0) {
        // The page could not download or inflate it (web/shell.js keeps the reason): a gzip
        // stream cut short says so here, with the rest of the page still usable.
        const char* why = emscripten_run_script_string(
            "(window.wiretraceShell && window.wiretraceShell.analysisError) || ''");
        return std::string("analysis.wtab.gz could not be read: ") +
               (why && *why ? why : "the page did not hand it over");
    }
    g_platform.analysis_size = static_cast<std::size_t>(size);
    g_platform.analysis_bytes.reset(new char[size > 0 ? g_platform.analysis_size : 1]);
    g_platform.analysis_copied = 0;
    g_platform.analysis_copying = true;
    LoadProgress p;
    p.section = to_string(AnalysisSection::Corpus);
    g_platform.shell->set_loading(p);
    return {};
}

// The analysis of the reader's own articles (from the worker, or kept on the device) cannot be
// read: the articles shown stay as they were, and the shell and the Add articles dialog say why.
void report_replacement_error(const std::exception& e) {
    g_platform.replacement_error =
        std::string("The analysis of your articles could not be read, the articles shown are unchanged: ") +
        e.what();
    g_platform.shell->set_notice(g_platform.replacement_error);
    EM_ASM({ window.wiretraceShell && window.wiretraceShell.onReplaceError &&
                 window.wiretraceShell.onReplaceError(UTF8ToString($0)); },
           g_platform.replacement_error.c_str());
}

// Reads the next slice of a replacement analysis, and swaps it in once read. Waits for the
// embedded analysis to be read first. A shorter slice than the start-up's: the page is in use.
void read_replacement_slice() {
    auto& r = g_platform.replacement;
    if (!r || g_platform.decoder || g_platform.analysis_copying) return;
    const double start = emscripten_get_now();
    try {
        while (!r->decoder->step(kDecodeStepBytes) &&
               emscripten_get_now() - start < kReplaceSliceMs) {
        }
    } catch (const std::exception& e) {
        report_replacement_error(e);
        r.reset();
        return;
    }
    if (r->decoder->done()) {
        r->decoder.reset();
        std::optional<AppState> restore;
        if (!r->hash.empty()) restore = AppState::from_hash(r->hash);
        g_platform.shell->replace_analysis(std::move(*r->analysis), std::move(r->user_ids),
                                           restore);
        r.reset();
        push_location_hash(g_platform.shell->state().to_hash());
    }
    request_frames();
}

// [SECTION] Browser services: download, clipboard ----------------------------------------------

// The content goes to JavaScript as bytes (a copy of the heap range), not through
// UTF8ToString, which stops at the first NUL: the file downloaded is every byte built here.
void download(const std::string& filename, const std::string& mime, const std::string& content) {
    EM_ASM(
        {
            window.wiretraceShell &&
                window.wiretraceShell.download(UTF8ToString($0), UTF8ToString($1), HEAPU8.slice($2, $2 + $3));
        },
        filename.c_str(), mime.c_str(), content.c_str(), static_cast<int>(content.size()));
}

// SDL 2.26's Emscripten backend has no clipboard, and the browser's is asynchronous while
// ImGui's is not. Copy goes straight to navigator.clipboard (the click or key that asked for it
// is the user gesture the browser requires); paste reads a copy kept here, refreshed by the
// page's paste events (wiretrace_set_clipboard) and by our own copies.
void set_clipboard_text(ImGuiContext*, const char* text) {
    g_platform.clipboard = text ? text : "";
    EM_ASM({ window.wiretraceShell && window.wiretraceShell.copyText(UTF8ToString($0)); },
           g_platform.clipboard.c_str());
}

const char* get_clipboard_text(ImGuiContext*) { return g_platform.clipboard.c_str(); }

nlohmann::json frame_stats() {
    std::size_t n = std::min(g_platform.frame_count, g_platform.frame_ms.size());
    nlohmann::json j;
    j["frames"] = g_platform.frame_count;
    j["replacing"] = g_platform.replacement != nullptr; // a new analysis is being read
    if (!g_platform.replacement_error.empty()) j["replace_error"] = g_platform.replacement_error;
    // True once the main loop is paused: an idle page draws nothing and costs no CPU.
    j["idle"] = g_platform.loop_paused;
    if (n == 0) return j;
    std::vector<float> v(g_platform.frame_ms.begin(), g_platform.frame_ms.begin() + static_cast<long>(n));
    std::sort(v.begin(), v.end());
    auto pct = [&](double p) { return v[std::min(n - 1, static_cast<std::size_t>(p * static_cast<double>(n)))]; };
    if (g_platform.ready_at_ms > 0) j["ready_at_ms"] = g_platform.ready_at_ms;
    j["main_at_ms"] = g_platform.main_at_ms;
    j["longest_task_ms"] = g_platform.longest_task_ms;
    j["longest_read_ms"] = g_platform.longest_read_ms;
    j["startup_frames"] = g_platform.startup_frames;
    j["startup_reads"] = g_platform.startup_reads;
    j["longest_read_step"] = {{"ms", g_platform.longest_read_step_ms}, {"what", g_platform.longest_read_step}};
    j["startup_steps_ms"] = g_platform.startup_steps_ms;
    j["frame_ms_p50"] = pct(0.50);
    j["frame_ms_p95"] = pct(0.95);
    j["frame_ms_max"] = v.back();
    j["frame_samples"] = n;
    return j;
}

// [SECTION] Frame ---------------------------------------------------------------------------

void show_page_error(const std::string& message) {
    EM_ASM({ window.wiretraceShell && window.wiretraceShell.fail(UTF8ToString($0)); }, message.c_str());
}

// The start-up steps that wait on the browser's GPU process, each in an animation frame of its
// own (a task of its own) rather than all in main() and the first frame: creating the WebGL
// context (the page's only one: web/shell.js no longer probes with a context of its own), then
// compiling ImGui's shaders, then the first frame. In headless Chromium with software WebGL each
// is tens of milliseconds under load; together they blocked the tab for well over 100 ms
// (docs/benchmarks.md, "Start-up long task").
void start_step() {
    const double step_start = emscripten_get_now();
    if (g_platform.start == Platform::Start::Context) {
        g_platform.gl = SDL_GL_CreateContext(g_platform.window);
        if (!g_platform.gl) {
            std::fprintf(stderr, "WebGL2 context failed: %s\n", SDL_GetError());
            show_page_error("This browser could not create a WebGL 2 context.");
            emscripten_cancel_main_loop();
            return;
        }
        SDL_GL_MakeCurrent(g_platform.window, g_platform.gl);
        int drawable_w = 0, drawable_h = 0;
        SDL_GL_GetDrawableSize(g_platform.window, &drawable_w, &drawable_h);
        gl_state_cache_start(drawable_w, drawable_h);
        g_platform.start = Platform::Start::Shaders;
    } else {
        // The backend's own set-up is here, not in the context's task, which is the longest.
        ImGui_ImplOpenGL3_Init("#version 300 es");
        ImGui_ImplOpenGL3_CreateDeviceObjects();
        g_platform.start = Platform::Start::Running;
    }
    g_platform.startup_steps_ms.push_back(static_cast<float>(emscripten_get_now() - step_start));
    request_frames();
}

void frame() {
    SDL_Event event;
    while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);
    if (g_platform.start != Platform::Start::Running) {
        start_step();
        return;
    }
    if (g_platform.first_frame_drawn && !g_platform.shaders_checked) {
        g_platform.shaders_checked = true;
        std::string problem = gl_shader_status_check();
        if (!problem.empty()) show_page_error(problem);
    }
    // Whether this frame has analysis to read (a replacement; the page's own analysis is read in
    // tasks of its own, read_task): only then does its reading leave the view's preparation
    // less of the slice (AppShell::set_frame_work_ms).
    const bool reading = g_platform.replacement != nullptr;
    const double read_start = emscripten_get_now();
    // The first frame reads nothing: it creates the font's texture and rasterises the glyphs on
    // screen on top of its drawing (45-65 ms at 1,000 articles with a 20 ms slice read first).
    if (g_platform.first_frame_drawn) read_replacement_slice();
    const double read_ms = emscripten_get_now() - read_start;

    // ImGui trickles input: keys and characters that arrived together are applied one frame at
    // a time. On a busy machine a typed word arrives within one slow frame, so the loop must
    // not pause while some of it is still queued, or the last letters would wait for the next
    // event (the likely cause of a browser test that once timed out waiting for a typed query
    // on a loaded machine).
    const bool input_queued = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
    if (emscripten_get_now() > g_platform.draw_until && g_platform.frames_owed <= 0 &&
        g_platform.first_frame_drawn && !input_queued) {
        g_platform.loop_paused = true;
        emscripten_pause_main_loop();
        return;
    }

    --g_platform.frames_owed;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    const double frame_start = emscripten_get_now();
    ImGui::NewFrame();
    g_platform.shell->set_frame_work_ms(reading ? read_ms : 0);
    g_platform.shell->draw();
    ImGui::Render();
    const double frame_end = emscripten_get_now();
    g_platform.frame_ms[g_platform.frame_count++ % g_platform.frame_ms.size()] =
        static_cast<float>(frame_end - frame_start);
    if (g_platform.startup_frames.size() < 48)
        g_platform.startup_frames.push_back({static_cast<float>(read_start), static_cast<float>(read_ms),
                                             static_cast<float>(frame_end - frame_start)});
    if (g_platform.ready_at_ms == 0 && g_platform.shell->drew_requested_view()) g_platform.ready_at_ms = frame_end;
    g_platform.longest_task_ms = std::max(g_platform.longest_task_ms, read_ms + (frame_end - frame_start));
    g_platform.longest_read_ms = std::max(g_platform.longest_read_ms, read_ms);

    ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    // A view preparing its first-open work a slice per frame (Preparation.h) needs the next.
    if (g_platform.shell->preparing()) request_frames();
    if (g_platform.shell->apply_requested_changes()) {
        push_location_hash(g_platform.shell->state().to_hash());
        request_frames();
    }
    // Held buttons and drags (scrollbar, text selection) keep the frame rate up.
    if (io.MouseDown[0] || io.MouseDown[1]) request_frames();
    // A phone opens its keyboard only for a real <input>: the page keeps a hidden one focused
    // while an ImGui text field has the keyboard (web/shell.js, textInput), and needs to know
    // when the finger is over one (ImGui shows the text cursor there) to focus it within the tap.
    const bool want_text = io.WantTextInput;
    const bool over_text = ImGui::GetMouseCursor() == ImGuiMouseCursor_TextInput;
    if (want_text != g_platform.want_text || over_text != g_platform.over_text) {
        g_platform.want_text = want_text;
        g_platform.over_text = over_text;
        EM_ASM({ window.wiretraceShell && window.wiretraceShell.textInput($0, $1); }, want_text, over_text);
    }
    if (!g_platform.first_frame_drawn) {
        g_platform.first_frame_drawn = true;
        g_platform.startup_steps_ms.push_back(static_cast<float>(emscripten_get_now() - read_start));
        // The settle time counts from the first frame, not from start-up: a deep-linked tab is
        // only drawn on the second frame (the tab bar applies a selection one frame late), and
        // a slow start-up (a large analysis, a busy machine) used the whole window up before
        // frame one, leaving the page idle on an empty tab.
        request_frames();
        EM_ASM({ window.wiretraceShell && window.wiretraceShell.onFirstFrame(); });
    }
    // The next slice of the analysis, in tasks after this frame's (read_task).
    g_platform.read_since_frame_ms = 0;
    schedule_read_task();
}

} // namespace

// [SECTION] JavaScript interface ------------------------------------------------------------

extern "C" {

// window.wiretrace.state() parses this. The pointer stays valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* wiretrace_state() {
    g_platform.state_json = g_platform.shell
                                ? g_platform.shell->state_json(g_platform.first_frame_drawn, frame_stats())
                                : std::string("{\"ready\":false}");
    return g_platform.state_json.c_str();
}

// window.wiretrace.status(): the same without the views' reports (AppShell::state_json), cheap
// at any corpus size: what scripts/bench-page polls once per scrolled frame.
EMSCRIPTEN_KEEPALIVE const char* wiretrace_status() {
    g_platform.state_json = g_platform.shell
                                ? g_platform.shell->state_json(g_platform.first_frame_drawn, frame_stats(), false)
                                : std::string("{\"ready\":false}");
    return g_platform.state_json.c_str();
}

// Called by the page on hashchange (Back/Forward, an edited URL) and when it wants a frame.
EMSCRIPTEN_KEEPALIVE void wiretrace_request_frame(int hash_changed) {
    // Before the articles are read the hash cannot be checked; it is applied once they are.
    if (hash_changed && g_platform.shell && g_platform.state_restored) {
        AppState s = AppState::from_hash(location_hash());
        if (s != g_platform.shell->state()) g_platform.shell->set_state(s);
    }
    request_frames();
}

// The page's colour scheme changed (prefers-color-scheme); ignored once the user picked one.
EMSCRIPTEN_KEEPALIVE void wiretrace_system_theme(int dark) {
    if (g_platform.shell) g_platform.shell->follow_system_theme(dark != 0);
    request_frames();
}

// Text typed on a phone's keyboard into the page's hidden <input> (web/shell.js): what ImGui
// would have had from key presses on a desktop keyboard.
EMSCRIPTEN_KEEPALIVE void wiretrace_text_input(const char* text) {
    if (text && *text && ImGui::GetCurrentContext()) ImGui::GetIO().AddInputCharactersUTF8(text);
    request_frames();
}

// A key a phone's keyboard reports only as an edit of the hidden <input> (Backspace comes as
// "deleteContentBackward" with no key code): pressed and released, as a desktop key would be.
EMSCRIPTEN_KEEPALIVE void wiretrace_key(int backspace) {
    if (!ImGui::GetCurrentContext()) return;
    const ImGuiKey key = backspace ? ImGuiKey_Backspace : ImGuiKey_Enter;
    ImGui::GetIO().AddKeyEvent(key, true);
    ImGui::GetIO().AddKeyEvent(key, false);
    request_frames();
}

// Text the user pasted into the page, for ImGui's next paste.
EMSCRIPTEN_KEEPALIVE void wiretrace_set_clipboard(const char* text) {
    g_platform.clipboard = text ? text : "";
}

// Starts the frame time statistics afresh (a benchmark measures one interaction at a time).
// Re-runs the whole analysis in the browser on the embedded articles, with the same core the
// native CLI used at build time, and returns its JSON (as the CLI writes it, newline included).
// The browser test compares it byte for byte with the build's output: the analysis must be
// deterministic across native and wasm. The pointer stays valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* wiretrace_reanalyze() {
    if (!g_platform.shell || g_platform.shell->loading()) return "";
    Corpus corpus = g_platform.shell->analysis().corpus;
    g_platform.reanalysis_json = analysis_to_json(analyze(std::move(corpus))) + "\n";
    return g_platform.reanalysis_json.c_str();
}

EMSCRIPTEN_KEEPALIVE void wiretrace_reset_frame_stats() { g_platform.frame_count = 0; }

// Shows the analysis the page handed over (window.wiretraceShell.analysis, from the worker) in
// place of the current one, once read: `user_ids` (one per line) are the reader's own articles,
// `hash` a deep link to apply then ("" keeps the current view and selection where they exist).
EMSCRIPTEN_KEEPALIVE void wiretrace_replace_analysis(const char* user_ids, const char* hash) {
    auto r = std::make_unique<Platform::Replacement>();
    g_platform.replacement_error.clear();
    if (!take_page_analysis(r->bytes, r->size)) return;
    try {
        r->decoder = std::make_unique<AnalysisDecoder>(std::string_view(r->bytes.get(), r->size),
                                                       *r->analysis);
    } catch (const std::exception& e) {
        report_replacement_error(e);
        return;
    }
    std::string ids = user_ids ? user_ids : "";
    for (std::size_t at = 0; at < ids.size();) {
        std::size_t e = ids.find('\n', at);
        if (e == std::string::npos) e = ids.size();
        if (e > at) r->user_ids.push_back(ids.substr(at, e - at));
        at = e + 1;
    }
    r->hash = hash ? hash : "";
    g_platform.replacement = std::move(r);
    request_frames();
}

// The title bar's exports, for tools and keyboard users of the page ("csv" or "json"), and the
// Add articles dialog's "Download corpus" ("corpus": the articles shown, as JSON Lines).
EMSCRIPTEN_KEEPALIVE void wiretrace_export(const char* what) {
    if (!g_platform.shell || !what) return;
    if (std::string(what) == "json") g_platform.shell->export_analysis_json();
    else if (std::string(what) == "corpus")
        g_platform.shell->export_corpus_jsonl();
    else if (std::string(what) == "notes") g_platform.shell->export_notes();
    else g_platform.shell->export_current_table();
}

} // extern "C"

// [SECTION] Start-up ------------------------------------------------------------------------

int main(int, char**) {
    g_platform.main_at_ms = emscripten_get_now();
    g_platform.decode_slice_ms = EM_ASM_DOUBLE({ return window.wiretraceDecodeSliceMs || 0; });
    if (g_platform.decode_slice_ms <= 0) g_platform.decode_slice_ms = kDecodeSliceMs;
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

    double css_w = 1280, css_h = 800;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    g_platform.window = SDL_CreateWindow(
        "Wiretrace", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, static_cast<int>(css_w),
        static_cast<int>(css_h), SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!g_platform.window) {
        std::fprintf(stderr, "SDL_CreateWindow failed: %s\n", SDL_GetError());
        return 1;
    }
    // The WebGL context is made in the first animation frame (start_step), after the canvas has
    // its size: resizing a canvas that has a context reallocates its drawing buffer.

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;                 // nothing to persist between visits
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;    // a blinking caret would keep the loop awake
    ImGui_ImplSDL2_InitForOpenGL(g_platform.window, nullptr); // the context is for viewports only
    ImGuiPlatformIO& pio = ImGui::GetPlatformIO();
    pio.Platform_SetClipboardTextFn = set_clipboard_text;
    pio.Platform_GetClipboardTextFn = get_clipboard_text;

    bool dark = EM_ASM_INT({
        return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
    });
    g_platform.theme.apply(dark ? ThemeMode::Dark : ThemeMode::Light);
    ImGui::GetStyle().FontSizeBase = 17.0f;
    // News text is full of curly quotes, dashes and accented names: ImGui's built-in font has
    // none of them, so the page embeds Noto Sans (ImGui 1.92 rasterises glyphs on demand).
    g_platform.theme.text_font = io.Fonts->AddFontFromFileTTF("/bundle/font.ttf", 17.0f);
    std::string load_error;
    if (!g_platform.theme.text_font) {
        io.Fonts->AddFontDefault();
        load_error = "the embedded font /bundle/font.ttf could not be loaded";
    }

    const double loading_start = emscripten_get_now();
    ShellPlatform services;
    services.download = download;
    // The theme button's choice outlives the visit. localStorage can be refused (a private
    // window, storage disabled): then the choice lasts as long as the page, nothing fails.
    services.add_articles = [] {
        EM_ASM({ window.wiretraceShell.addArticles&& window.wiretraceShell.addArticles(); });
    };
    services.remember_theme = [](const char* theme) {
        EM_ASM({ try { localStorage.setItem('wiretrace.theme', UTF8ToString($0)); } catch (e) {} }, theme);
    };
    // The user's notes, kept the same way (NoteStore.h).
    services.remember_notes = [](const std::string& stored) {
        EM_ASM({ try { localStorage.setItem('wiretrace.notes', UTF8ToString($0)); } catch (e) {} }, stored.c_str());
    };
    g_platform.shell = std::make_unique<AppShell>(Analysis{}, load_error, g_platform.theme, services);
    // Likewise for the views' preparation (the browser test makes it small to watch it).
    const double prepare_slice_ms = EM_ASM_DOUBLE({ return window.wiretracePrepareSliceMs || 0; });
    if (prepare_slice_ms > 0) g_platform.shell->set_prepare_slice_ms(prepare_slice_ms);
    g_platform.shell->restore_notes(emscripten_run_script_string(
        "(function () { try { return localStorage.getItem('wiretrace.notes') || ''; } catch (e) { return ''; } })()"));
    const int saved_theme = EM_ASM_INT({
        try {
            var t = localStorage.getItem('wiretrace.theme');
            return t === 'dark' ? 1 : t === 'light' ? 2 : 0;
        } catch (e) { return 0; }
    });
    if (saved_theme) g_platform.shell->restore_theme_choice(saved_theme == 1 ? ThemeMode::Dark : ThemeMode::Light);
    if (load_error.empty()) {
        std::string error = start_loading();
        if (!error.empty()) finish_loading(error);
        // Small corpora (the seeds) are read whole before the first frame: no progress flash.
        // A large one is read by the frames after the first: a slice here made main()'s task
        // 20 ms longer, and that task is 40-60 ms of start-up work already (at load 3-5; over
        // 100 ms at 10,000 articles under load, docs/benchmarks.md).
        else if (g_platform.analysis_size <= kReadInMainBytes) read_analysis_slice(g_platform.decode_slice_ms);
    }

    g_platform.longest_task_ms = emscripten_get_now() - loading_start; // start-up's share
    g_platform.longest_read_ms = g_platform.longest_task_ms;
    g_platform.startup_steps_ms.push_back(static_cast<float>(emscripten_get_now() - g_platform.main_at_ms));

    SDL_AddEventWatch(on_sdl_event, nullptr);
    // Registered after SDL's own window resize handler, which it replaces: SDL would only
    // resize a canvas it considers "external", ours always follows the viewport.
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
    fit_window_to_viewport();
    request_frames();
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
