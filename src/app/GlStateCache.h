#pragma once
// The GL state Dear ImGui's OpenGL backend saves and restores each frame, kept in memory so that
// WebGL is not asked for it (each question is a synchronous wait on the GPU process). See
// GlStateCache.cpp.

// Sets the scissor box and blend state to GL's initial values, through the cache. Call once, with
// the context current, before the first frame.
void gl_state_cache_start(int drawable_width, int drawable_height);
