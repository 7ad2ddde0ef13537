#include "ClaimsView.h"

#include <imgui.h>

namespace wiretrace {

void ClaimsView::draw(const Analysis& analysis, const AppState& state, AppState& next) {
    ImGui::TextDisabled("This view is being built (issue 5).");
}

} // namespace wiretrace
