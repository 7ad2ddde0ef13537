// ReaderView.h — one article's text, wrapped to the window, with the article list beside it.
#pragma once

#include "Theme.h"
#include "View.h"

namespace wiretrace {

class ReaderView : public View {
public:
    explicit ReaderView(const Theme& theme) : theme_(theme) {}
    const char* name() const override { return "reader"; }
    const char* title() const override { return "Reader"; }
    void draw(const Analysis& analysis, const AppState& state, AppState& next) override;
    void report(nlohmann::json& out) const override;

private:
    void draw_article_list(const Analysis& analysis, int current, AppState& next);
    void draw_text(const Analysis& analysis, int current);

    const Theme& theme_;
    int shown_article_ = -1;
    int paragraphs_shown_ = 0;
};

} // namespace wiretrace
