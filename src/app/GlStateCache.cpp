// The GL state Dear ImGui's OpenGL backend saves before drawing and restores after, answered
// from memory instead of asked of WebGL each frame.
//
// Why: the backend reads the scissor box and the six blend settings every frame
// (glGetIntegerv), and in Chromium each of those is a synchronous round trip to the GPU process.
// The first one of a frame waits until the GPU has finished the frame before: 36-121 ms per
// frame in headless Chromium with SwiftShader, on the page's thread (issue 9, docs/benchmarks.md
// "Start-up long task"). Other state the backend reads (bindings, the active texture, the
// viewport, enabled flags) Chromium answers without a round trip, so it is left alone.
//
// How: cmake/Web.cmake compiles imgui_impl_opengl3.cpp with its glGetIntegerv, glGetString and
// the setters of that state renamed to the functions below (-DglScissor=wiretrace_gl_scissor, ...).
// main() sets the state once after creating the context (gl_state_cache_start), so every value is
// known without asking, and the setters keep it up to date. That stays true because the backend is
// the only code that sets this state: the app owns its whole WebGL context and main_web.cpp only
// sets the viewport and the clear colour. A value asked for before it was set is read from GL
// once; any other query goes to GL as before.
#include "GlStateCache.h"

#include <GLES3/gl3.h>

namespace {

struct CachedInts {
    GLint scissor_box[4] = {0, 0, 0, 0};
    GLint blend_src_rgb = 0, blend_dst_rgb = 0, blend_src_alpha = 0, blend_dst_alpha = 0;
    GLint blend_equation_rgb = 0, blend_equation_alpha = 0;
    bool scissor_known = false;
    bool blend_known = false;
};
CachedInts g_cache;

void read_blend_from_gl() {
    glGetIntegerv(GL_BLEND_SRC_RGB, &g_cache.blend_src_rgb);
    glGetIntegerv(GL_BLEND_DST_RGB, &g_cache.blend_dst_rgb);
    glGetIntegerv(GL_BLEND_SRC_ALPHA, &g_cache.blend_src_alpha);
    glGetIntegerv(GL_BLEND_DST_ALPHA, &g_cache.blend_dst_alpha);
    glGetIntegerv(GL_BLEND_EQUATION_RGB, &g_cache.blend_equation_rgb);
    glGetIntegerv(GL_BLEND_EQUATION_ALPHA, &g_cache.blend_equation_alpha);
    g_cache.blend_known = true;
}

} // namespace

extern "C" {

// The backend asks for GL_VERSION once at start-up to tell GL ES 2 from 3; it is built for GL ES
// 2 (ImGui's choice on Emscripten) and ignores the answer. emscripten answers it with a round trip
// (WebGL's getParameter(VERSION)), in the app's start-up task. The page only runs with WebGL 2
// (-sMIN_WEBGL_VERSION=2), whose GL ES version is 3.0; emscripten's form of the string.
const GLubyte* wiretrace_gl_get_string(GLenum name) {
    if (name == GL_VERSION) return reinterpret_cast<const GLubyte*>("OpenGL ES 3.0 (WebGL 2.0)");
    return glGetString(name);
}

void wiretrace_gl_get_integerv(GLenum pname, GLint* data) {
    switch (pname) {
    case GL_SCISSOR_BOX:
        if (!g_cache.scissor_known) {
            glGetIntegerv(GL_SCISSOR_BOX, g_cache.scissor_box);
            g_cache.scissor_known = true;
        }
        for (int i = 0; i < 4; ++i) data[i] = g_cache.scissor_box[i];
        return;
    case GL_BLEND_SRC_RGB:
    case GL_BLEND_DST_RGB:
    case GL_BLEND_SRC_ALPHA:
    case GL_BLEND_DST_ALPHA:
    case GL_BLEND_EQUATION_RGB:
    case GL_BLEND_EQUATION_ALPHA:
        if (!g_cache.blend_known) read_blend_from_gl();
        *data = pname == GL_BLEND_SRC_RGB        ? g_cache.blend_src_rgb
              : pname == GL_BLEND_DST_RGB        ? g_cache.blend_dst_rgb
              : pname == GL_BLEND_SRC_ALPHA      ? g_cache.blend_src_alpha
              : pname == GL_BLEND_DST_ALPHA      ? g_cache.blend_dst_alpha
              : pname == GL_BLEND_EQUATION_RGB   ? g_cache.blend_equation_rgb
                                                 : g_cache.blend_equation_alpha;
        return;
    default:
        glGetIntegerv(pname, data);
    }
}

void wiretrace_gl_scissor(GLint x, GLint y, GLsizei width, GLsizei height) {
    glScissor(x, y, width, height);
    g_cache.scissor_box[0] = x;
    g_cache.scissor_box[1] = y;
    g_cache.scissor_box[2] = width;
    g_cache.scissor_box[3] = height;
    g_cache.scissor_known = true;
}

// Each setter reads what it does not set from GL the first time, so the cache is whole.
void wiretrace_gl_blend_equation(GLenum mode) {
    glBlendEquation(mode);
    if (!g_cache.blend_known) read_blend_from_gl();
    g_cache.blend_equation_rgb = g_cache.blend_equation_alpha = static_cast<GLint>(mode);
}

void wiretrace_gl_blend_equation_separate(GLenum mode_rgb, GLenum mode_alpha) {
    glBlendEquationSeparate(mode_rgb, mode_alpha);
    if (!g_cache.blend_known) read_blend_from_gl();
    g_cache.blend_equation_rgb = static_cast<GLint>(mode_rgb);
    g_cache.blend_equation_alpha = static_cast<GLint>(mode_alpha);
}

void wiretrace_gl_blend_func(GLenum src, GLenum dst) {
    glBlendFunc(src, dst);
    if (!g_cache.blend_known) read_blend_from_gl();
    g_cache.blend_src_rgb = g_cache.blend_src_alpha = static_cast<GLint>(src);
    g_cache.blend_dst_rgb = g_cache.blend_dst_alpha = static_cast<GLint>(dst);
}

void wiretrace_gl_blend_func_separate(GLenum src_rgb, GLenum dst_rgb, GLenum src_alpha, GLenum dst_alpha) {
    glBlendFuncSeparate(src_rgb, dst_rgb, src_alpha, dst_alpha);
    if (!g_cache.blend_known) read_blend_from_gl();
    g_cache.blend_src_rgb = static_cast<GLint>(src_rgb);
    g_cache.blend_dst_rgb = static_cast<GLint>(dst_rgb);
    g_cache.blend_src_alpha = static_cast<GLint>(src_alpha);
    g_cache.blend_dst_alpha = static_cast<GLint>(dst_alpha);
}

} // extern "C"

void gl_state_cache_start(int drawable_width, int drawable_height) {
    // GL's initial values, set rather than read (setting is not a round trip).
    wiretrace_gl_scissor(0, 0, drawable_width, drawable_height);
    g_cache.blend_known = true; // the two calls below set all six values
    wiretrace_gl_blend_equation(GL_FUNC_ADD);
    wiretrace_gl_blend_func(GL_ONE, GL_ZERO);
}
