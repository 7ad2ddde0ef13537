// Dear ImGui's OpenGL backend compiles its two shaders and links its program in one go, asking
// after each step whether it worked (compile status, link status, and each log's length, which
// emscripten answers by fetching the log). In WebGL every one of those questions is a synchronous
// wait on the browser's GPU process until the compiler has finished: six waits of 6-30 ms each in
// headless Chromium under load, in the task of the page's first frame (issue 9's "never blocks
// the tab for more than 100 ms", docs/benchmarks.md "Start-up long task").
//
// cmake/Web.cmake compiles imgui_impl_opengl3.cpp with glGetShaderiv and glGetProgramiv renamed to
// the functions below. Until gl_shader_status_check() runs they answer "compiled, linked, no log"
// and remember the program, so creating the shaders costs one wait (the backend's uniform
// locations, which need the linked program) instead of seven. A frame later the check asks WebGL
// for real: ImGui's shaders are fixed text that compile on every WebGL 2, but if they ever did
// not, the page says so (main_web.cpp) rather than staying blank. A shader that did not compile
// makes its program fail to link, so the program's status covers both.
#include "GlShaderStatus.h"

#include <GLES3/gl3.h>

#include <cstdio>
#include <vector>

namespace {

bool g_checked = false;
std::vector<GLuint> g_programs; // linked by the backend before the check

} // namespace

extern "C" {

void wiretrace_gl_get_shaderiv(GLuint shader, GLenum pname, GLint* params) {
    if (!g_checked && pname == GL_COMPILE_STATUS) {
        *params = GL_TRUE;
        return;
    }
    if (!g_checked && pname == GL_INFO_LOG_LENGTH) {
        *params = 0;
        return;
    }
    glGetShaderiv(shader, pname, params);
}

void wiretrace_gl_get_programiv(GLuint program, GLenum pname, GLint* params) {
    if (!g_checked && pname == GL_LINK_STATUS) {
        g_programs.push_back(program);
        *params = GL_TRUE;
        return;
    }
    if (!g_checked && pname == GL_INFO_LOG_LENGTH) {
        *params = 0;
        return;
    }
    glGetProgramiv(program, pname, params);
}

} // extern "C"

std::string gl_shader_status_check() {
    g_checked = true;
    std::string problems;
    for (GLuint program : g_programs) {
        GLint linked = GL_FALSE;
        glGetProgramiv(program, GL_LINK_STATUS, &linked);
        if (linked == GL_TRUE) continue;
        GLint length = 0;
        glGetProgramiv(program, GL_INFO_LOG_LENGTH, &length);
        std::string log(length > 1 ? static_cast<std::size_t>(length) : 1, '\0');
        if (length > 1) glGetProgramInfoLog(program, length, nullptr, log.data());
        log.resize(log.find('\0') == std::string::npos ? log.size() : log.find('\0'));
        std::string problem = "WebGL could not build the page's shaders" + (log.empty() ? std::string() : ": " + log);
        std::fprintf(stderr, "%s\n", problem.c_str());
        if (!problems.empty()) problems += "; ";
        problems += problem;
    }
    g_programs.clear();
    return problems;
}
