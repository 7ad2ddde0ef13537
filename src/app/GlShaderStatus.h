#pragma once
// Whether Dear ImGui's shaders compiled and linked, asked of WebGL after the first frame instead
// of while the page starts. See GlShaderStatus.cpp.

#include <string>

// Asks WebGL whether each program the backend linked so far did link, and stops answering the
// backend's status questions from memory. Returns "" or what went wrong, with WebGL's log (also
// printed, as the backend would have). Call once, a frame after the backend created its shaders.
std::string gl_shader_status_check();
