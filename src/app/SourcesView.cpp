// SourcesView.cpp — the sources tree and the corpus as a sortable table.
//
// [SECTION] Caches (built once from the Analysis)
// [SECTION] The sources tree
// [SECTION] Sorting
// [SECTION] Drawing
// [SECTION] Hook and export

#include "SourcesView.h"

#include "Counts.h"
#include "core/export_csv.h"
#include "core/overlap.h"

#include <imgui.h>
#include <imgui_internal.h> // TextAligned: a group row too long for the tree ends in "…"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace wiretrace {

namespace {

const char* const kLabelNames[5] = {"verbatim", "edited", "paraphrase", "original", "boilerplate"};

double reused_share(const ArticleAnalysis& a) {
    return a.label_share[0] + a.label_share[1] + a.label_share[2];
}

} // namespace

// [SECTION] Caches (built once from the Analysis) -------------------------------------------

double SourcesView::prepare(const Analysis& analysis, const AppState&, double budget_ms) {
    return prep_.run_for(analysis, budget_ms, [&] { add_stages(analysis); });
}

// The table's and the tree's caches as stages of the view's preparation (Preparation.h): the
// page's first view, built in its first frame it made that frame the longest of the start-up
// at 10,000 articles.
void SourcesView::add_stages(const Analysis& analysis) {
    cached_for_ = nullptr;
    shown_.clear();
    const std::size_t n = analysis.corpus.articles.size();
    rows_.resize(n);
    for (std::size_t i = 0; i < n; ++i) rows_[i] = static_cast<int>(i);
    passages_of_.assign(n, {});
    prep_.add("the passages", analysis.passages.size(), [this, &analysis](std::size_t p) {
        const std::size_t n = analysis.corpus.articles.size();
        for (const PassageMember& m : analysis.passages[p].members)
            if (m.article >= 0 && static_cast<std::size_t>(m.article) < n)
                passages_of_[static_cast<std::size_t>(m.article)].push_back({static_cast<int>(p), m.span});
    });
    prep_.add("the tree", 1, [this, &analysis](std::size_t) { build_tree(analysis); });
    prep_.add("the shares", 1, [this, &analysis](std::size_t) {
        // The default base is the article most others come from in the sources tree (the wire
        // report, in a typical corpus), else the one carrying the most passages.
        const std::size_t n = analysis.corpus.articles.size();
        int base = n ? 0 : -1;
        for (std::size_t i = 0; i < n; ++i) {
            auto score = [&](std::size_t k) {
                return std::make_pair(descendants_[k], static_cast<int>(passages_of_[k].size()));
            };
            if (score(i) > score(static_cast<std::size_t>(base))) base = static_cast<int>(i);
        }
        base_ = base;
        shares_ = std::make_unique<SharesCarriedByBuilder>(analysis, base);
    });
    // What compute_reuse_against does, in slices: it reads every passage and article.
    prep_.add("the shares", [this] { return shares_->units(); }, [this](std::size_t) { shares_->step(1); });
    prep_.add("the shares", 1, [this, &analysis](std::size_t) {
        reuse_share_ = shares_->take();
        shares_.reset();
        reuse_share_.resize(analysis.corpus.articles.size(), 0);
        resort_ = true;
        cached_for_ = &analysis;
    });
}

void SourcesView::compute_reuse_against(const Analysis& analysis, int base) {
    // Share of each article's story bytes in passages the base carries too (core/overlap.h, as
    // the Charts view's overlap matrix counts it).
    base_ = base;
    reuse_share_ = base >= 0 ? shares_carried_by(analysis, base) : std::vector<double>{};
    reuse_share_.resize(analysis.corpus.articles.size(), 0);
    resort_ = true;
}

// [SECTION] The sources tree -------------------------------------------------------------------

namespace {

// Lists longer than this are grouped (by outlet or passage); groups and articles are shown this
// many at a time, with a "more…" button for the rest.
constexpr std::size_t kGroupAbove = 12;
constexpr int kShownAtOnce = 40;

const char* basis_text(const ArticleSource& s) {
    switch (s.basis) {
    case SourceBasis::Earlier:
        return "published earlier";
    case SourceBasis::Credit:
        return "credits the wire";
    case SourceBasis::Unknown:
        return "source unknown";
    case SourceBasis::None:
        return "no earlier source";
    }
    return "";
}

} // namespace

void SourcesView::build_tree(const Analysis& analysis) {
    const std::size_t n = analysis.corpus.articles.size();
    children_.assign(n, {});
    descendants_.assign(n, 0);
    tree_roots_.clear();
    buckets_.clear();
    edges_ = 0;
    main_passage_.assign(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t best = 0;
        for (const auto& pm : passages_of_[i])
            if (pm.second.size() > best) best = pm.second.size(), main_passage_[i] = pm.first;
    }
    const bool have = analysis.sources.size() == n;
    std::map<std::string, Root> wires;
    Root unknown{"Source unknown", "share text, but neither dates nor a credit tell who came first", {}, 0};
    Root alone{"No shared text", "share no text with any other article", {}, 0};
    std::vector<int> no_source;
    for (std::size_t i = 0; i < n; ++i) {
        const ArticleSource* s = have ? &analysis.sources[i] : nullptr;
        if (s && s->source >= 0 && static_cast<std::size_t>(s->source) < n) {
            children_[static_cast<std::size_t>(s->source)].push_back(static_cast<int>(i));
            ++edges_;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        const ArticleSource* s = have ? &analysis.sources[i] : nullptr;
        if (s && s->source >= 0 && static_cast<std::size_t>(s->source) < n) continue;
        if (s && s->basis == SourceBasis::Credit) {
            // Copies of a wire report whose own report is not in the corpus: siblings under it
            // (with whatever others took from them).
            Root& r = wires[s->wire];
            r.label = s->wire;
            r.note = "credited wire, its own report not in the corpus: these copies are siblings";
            r.children.push_back(static_cast<int>(i));
        } else {
            no_source.push_back(static_cast<int>(i));
        }
    }
    // Subtree sizes (sources are always earlier or credited, so the forest has no cycle; the
    // walk is iterative and guarded anyway).
    std::vector<int> order;
    std::vector<char> seen(n, 0);
    std::vector<int> stack;
    for (std::size_t i = 0; i < n; ++i) {
        const ArticleSource* s = have ? &analysis.sources[i] : nullptr;
        if (s && s->source >= 0) continue;
        stack.push_back(static_cast<int>(i));
        while (!stack.empty()) {
            int v = stack.back();
            stack.pop_back();
            if (seen[static_cast<std::size_t>(v)]) continue;
            seen[static_cast<std::size_t>(v)] = 1;
            order.push_back(v);
            for (int c : children_[static_cast<std::size_t>(v)]) stack.push_back(c);
        }
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it)
        for (int c : children_[static_cast<std::size_t>(*it)])
            descendants_[static_cast<std::size_t>(*it)] += 1 + descendants_[static_cast<std::size_t>(c)];
    // An article others come from is a root of its own (its own source unknown or none, as its
    // line says); the others without a source go to the buckets.
    for (int i : no_source) {
        const bool unknown_source =
            have && analysis.sources[static_cast<std::size_t>(i)].basis == SourceBasis::Unknown;
        if (!children_[static_cast<std::size_t>(i)].empty())
            tree_roots_.push_back(i);
        else if (unknown_source || !passages_of_[static_cast<std::size_t>(i)].empty())
            unknown.children.push_back(i); // shares text, nobody known to come first
        else
            alone.children.push_back(i);
    }
    std::sort(tree_roots_.begin(), tree_roots_.end(), [&](int a, int b) {
        return descendants_[static_cast<std::size_t>(a)] != descendants_[static_cast<std::size_t>(b)]
                   ? descendants_[static_cast<std::size_t>(a)] > descendants_[static_cast<std::size_t>(b)]
                   : a < b;
    });
    for (auto& kv : wires) buckets_.push_back(std::move(kv.second));
    std::sort(unknown.children.begin(), unknown.children.end());
    buckets_.push_back(std::move(unknown));
    buckets_.push_back(std::move(alone));
    for (Root& r : buckets_) {
        r.descendants = static_cast<int>(r.children.size());
        for (int c : r.children) r.descendants += descendants_[static_cast<std::size_t>(c)];
    }
    for (auto& kids : children_)
        std::sort(kids.begin(), kids.end(), [&](int a, int b) {
            return descendants_[static_cast<std::size_t>(a)] != descendants_[static_cast<std::size_t>(b)]
                       ? descendants_[static_cast<std::size_t>(a)] > descendants_[static_cast<std::size_t>(b)]
                       : a < b;
        });
}

void SourcesView::draw_article_node(const Analysis& analysis, int article, int selected,
                                    AppState& next, int depth) {
    const Article& a = analysis.corpus.articles[static_cast<std::size_t>(article)];
    const auto& kids = children_[static_cast<std::size_t>(article)];
    ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_OpenOnArrow;
    if (depth == 0 || analysis.corpus.articles.size() <= 50) flags |= ImGuiTreeNodeFlags_DefaultOpen;
    if (kids.empty()) flags |= ImGuiTreeNodeFlags_Leaf | ImGuiTreeNodeFlags_NoTreePushOnOpen;
    if (article == selected) flags |= ImGuiTreeNodeFlags_Selected;
    ImGui::PushID(article);
    // The outlet's colour chip, as in every other view.
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float chip = ImGui::GetTextLineHeight() * 0.6f;
    // On a phone the row's one line would cut the title and push the evidence off screen: the
    // node names the outlet, and the title and the evidence wrap on lines of their own below it.
    const bool narrow = narrow_tree_;
    std::string label = narrow ? a.outlet : a.outlet + " \xE2\x80\x94 " + (a.title.empty() ? a.id : a.title);
    if (user_.contains(a.id)) label += std::string("  [") + user_article_mark() + "]";
    const bool open = ImGui::TreeNodeEx("node", flags, "%s", label.c_str());
    if (ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) {
        next.selected = {a.id};
        next.span_begin.reset();
    }
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
        next.selected = {a.id};
        next.view = "reader";
    }
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x - chip * 1.2f, p.y + chip * 0.35f),
                                              ImVec2(p.x - chip * 0.2f, p.y + chip * 1.35f),
                                              theme_.outlet_color(article), chip * 0.2f);
    // Evidence: why this article sits here.
    if (narrow) {
        ImGui::Indent(ImGui::GetTreeNodeToLabelSpacing());
        ImGui::TextWrapped("%s", a.title.empty() ? a.id.c_str() : a.title.c_str());
    }
    if (static_cast<std::size_t>(article) < analysis.sources.size()) {
        const ArticleSource& s = analysis.sources[static_cast<std::size_t>(article)];
        char evidence[512];
        if (s.basis == SourceBasis::Earlier)
            std::snprintf(evidence, sizeof evidence, "%s \xC2\xB7 %s \xC2\xB7 %.0f%% of its story", a.date.c_str(),
                          basis_text(s), s.share * 100);
        else if (s.basis == SourceBasis::Credit)
            std::snprintf(evidence, sizeof evidence, "%s \xC2\xB7 credits %s", a.date.c_str(), s.wire.c_str());
        else
            std::snprintf(evidence, sizeof evidence, "%s \xC2\xB7 %s", a.date.c_str(), basis_text(s));
        std::string line = evidence;
        if (!kids.empty())
            line += " \xC2\xB7 source of " + grouped(static_cast<std::size_t>(descendants_[static_cast<std::size_t>(article)]));
        if (narrow) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme_.muted_text());
            ImGui::TextWrapped("%s", line.c_str());
            ImGui::PopStyleColor();
        } else {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", line.c_str());
        }
    }
    if (narrow) ImGui::Unindent(ImGui::GetTreeNodeToLabelSpacing());
    if (open && !kids.empty()) {
        draw_children(analysis, "a" + std::to_string(article), kids, selected, next, depth + 1);
        ImGui::TreePop();
    }
    ImGui::PopID();
}

void SourcesView::draw_children(const Analysis& analysis, const std::string& key,
                                const std::vector<int>& children, int selected, AppState& next,
                                int depth) {
    const auto& arts = analysis.corpus.articles;
    auto more_button = [&](const std::string& k, std::size_t total) {
        int& shown = shown_.emplace(k, kShownAtOnce).first->second;
        if (static_cast<std::size_t>(shown) >= total) return;
        char buf[96];
        std::snprintf(buf, sizeof buf, "%zu more\xE2\x80\xA6##%s", total - static_cast<std::size_t>(shown), k.c_str());
        if (ImGui::SmallButton(buf)) shown += kShownAtOnce * 5;
    };
    auto shown_of = [&](const std::string& k) { return shown_.emplace(k, kShownAtOnce).first->second; };
    if (children.size() <= kGroupAbove || depth > 6) {
        const int limit = shown_of(key);
        for (std::size_t i = 0; i < children.size() && static_cast<int>(i) < limit; ++i)
            draw_article_node(analysis, children[i], selected, next, depth);
        more_button(key, children.size());
        return;
    }
    // Grouped: by outlet or by the passage the articles carry most of; largest groups first.
    std::map<std::string, std::vector<int>> groups;
    for (int c : children) {
        std::string g;
        if (group_by_passage_) {
            int p = main_passage_[static_cast<std::size_t>(c)];
            g = p < 0 ? std::string("(no passage)") : "P" + std::to_string(p);
        } else {
            g = arts[static_cast<std::size_t>(c)].outlet;
        }
        groups[g].push_back(c);
    }
    std::vector<std::pair<std::string, std::vector<int>>*> order;
    std::vector<std::pair<std::string, std::vector<int>>> storage(groups.begin(), groups.end());
    for (auto& g : storage) order.push_back(&g);
    std::stable_sort(order.begin(), order.end(),
                     [](auto* a, auto* b) { return a->second.size() > b->second.size(); });
    const std::string gkey = key + (group_by_passage_ ? "/p" : "/o");
    const int limit = shown_of(gkey);
    for (std::size_t gi = 0; gi < order.size() && static_cast<int>(gi) < limit; ++gi) {
        const auto& g = *order[gi];
        int below = 0;
        std::set<std::string> outlets;
        for (int c : g.second) {
            below += descendants_[static_cast<std::size_t>(c)];
            outlets.insert(arts[static_cast<std::size_t>(c)].outlet);
        }
        std::string title = g.first;
        if (group_by_passage_ && g.first[0] == 'P') {
            int p = std::atoi(g.first.c_str() + 1);
            const PassageMember& m = analysis.passages[static_cast<std::size_t>(p)].members.front();
            std::string_view t = text_of(analysis, m.article, m.span).substr(0, 60);
            title = "\xE2\x80\x9C" + std::string(t) + "\xE2\x80\xA6\xE2\x80\x9D";
        }
        // Counts in words (Counts.h): "1 article", "9,387 articles", never "1 articles".
        std::string count = count_of(g.second.size(), "article");
        if (group_by_passage_) count += " from " + count_of(outlets.size(), "outlet");
        if (below > 0) count += " \xC2\xB7 " + grouped(static_cast<std::size_t>(below)) + " more copied from them";
        ImGui::PushID(g.first.c_str());
        // The node draws only its arrow; its title and counts follow, fitted to the row: on a
        // phone they ran past the right edge ("4 more copied fro"), which has no sideways scroll.
        const float edge = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
        const bool open = ImGui::TreeNodeEx("group", ImGuiTreeNodeFlags_SpanAvailWidth, "%s", "");
        const bool hovered = ImGui::IsItemHovered();
        ImGui::SameLine(0.0f, 0.0f); // where the node's own label would start
        draw_group_label(title, count, hovered, edge);
        if (open) {
            const std::string k = gkey + "/" + g.first;
            const int lim = shown_of(k);
            for (std::size_t i = 0; i < g.second.size() && static_cast<int>(i) < lim; ++i)
                draw_article_node(analysis, g.second[i], selected, next, depth);
            more_button(k, g.second.size());
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    char what[64];
    std::snprintf(what, sizeof what, "%s", group_by_passage_ ? "passages" : "outlets");
    if (static_cast<std::size_t>(limit) < order.size()) {
        ImGui::TextDisabled("%zu more %s", order.size() - static_cast<std::size_t>(limit), what);
        ImGui::SameLine();
    }
    more_button(gkey, order.size());
}

// A group row's title, then its counts in the muted colour, on what is left of the row. What
// does not fit ends in "…" (ImGui's TextAligned cuts it, as RenderTextEllipsis does elsewhere)
// and the whole line is the row's tooltip. On a hovered row the counts take the text colour:
// ImGui's disabled grey on its hover highlight read at 1.2:1 (light theme).
void SourcesView::draw_group_label(const std::string& title, const std::string& count, bool hovered, float edge) {
    const ImVec2 row_min = ImGui::GetItemRectMin(), row_max = ImGui::GetItemRectMax(); // the node's
    const float gap = ImGui::CalcTextSize(" ").x * 2;
    const float title_w = ImGui::CalcTextSize(title.c_str()).x;
    bool cut = false;
    float right = ImGui::GetCursorScreenPos().x;
    auto fitted = [&](const std::string& text, float width) {
        width = std::max(width, 1.0f);
        cut = cut || ImGui::CalcTextSize(text.c_str()).x > width;
        ImGui::TextAligned(0.0f, width, "%s", text.c_str());
        right = ImGui::GetItemRectMax().x;
    };
    const ImVec4 count_colour = ImGui::GetStyleColorVec4(hovered ? ImGuiCol_Text : ImGuiCol_TextDisabled);
    if (title_w + gap >= edge - right) {
        fitted(title, edge - right);
        cut = cut || !count.empty();
    } else {
        ImGui::TextUnformatted(title.c_str());
        ImGui::SameLine(0, gap);
        ImGui::PushStyleColor(ImGuiCol_Text, count_colour);
        fitted(count, edge - ImGui::GetCursorScreenPos().x);
        ImGui::PopStyleColor();
    }
    const std::string whole = title + "  " + count;
    if (hovered && cut) {
        ImGui::SetTooltip("%s", whole.c_str());
        tooltip_ = whole;
    }
    // For the hook: what the row says, where its text ends against the row's edge, and the
    // counts' colour against the row's background as drawn (the hover highlight over the tree).
    const ImVec4 under = ImGui::GetStyleColorVec4(ImGuiCol_ChildBg);
    ImVec4 bg = under;
    if (hovered) {
        const ImVec4 h = ImGui::GetStyleColorVec4(ImGuiCol_HeaderHovered);
        bg = ImVec4(h.x * h.w + under.x * (1 - h.w), h.y * h.w + under.y * (1 - h.w), h.z * h.w + under.z * (1 - h.w), 1);
    }
    auto rgb = [](const ImVec4& c) { return std::array<float, 3>{c.x, c.y, c.z}; };
    group_rows_.push_back({{"text", whole},
                           {"row", std::array<float, 4>{row_min.x, row_min.y, row_max.x - row_min.x, row_max.y - row_min.y}},
                           {"right", right},
                           {"edge", edge},
                           {"cut", cut},
                           {"hovered", hovered},
                           {"count_colour", rgb(count_colour)},
                           {"background", rgb(bg)}});
}

// The tree's legend with its count, digits grouped ("9,406 of 10,000 articles"): a bare 9406 was
// hard to read at a glance on the 10,000-article page.
std::string SourcesView::tree_summary(std::size_t articles) const {
    return "Each article sits under its most likely source: an article published earlier that carries "
           "the most of its shared text, else the wire it credits, else \xE2\x80\x9Csource unknown\xE2\x80\x9D. " +
           grouped(static_cast<std::size_t>(edges_)) + " of " + count_of(articles, "article") +
           (edges_ == 1 ? " has" : " have") + " a source in the corpus.";
}

void SourcesView::draw_tree(const Analysis& analysis, int selected, AppState& next) {
    const float em = ImGui::GetFontSize();
    narrow_tree_ = ImGui::GetContentRegionAvail().x < 40.0f * em; // a phone: rows wrap (draw_article_node)
    group_rows_.clear();
    tooltip_.clear();
    const std::size_t n = analysis.corpus.articles.size();
    // Legend: what each kind of evidence means; unknown is drawn as unknown, never guessed.
    hint_text("%s", tree_summary(n).c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Group long lists by");
    ImGui::SameLine();
    if (ImGui::RadioButton("outlet", !group_by_passage_)) group_by_passage_ = false;
    ImGui::SameLine();
    if (ImGui::RadioButton("passage carried", group_by_passage_)) group_by_passage_ = true;
    ImGui::Separator();
    // Wide, long rows scroll sideways; on a phone they wrap instead, so nothing is off screen.
    ImGui::BeginChild("tree", ImVec2(0, 0), ImGuiChildFlags_None,
                      narrow_tree_ ? ImGuiWindowFlags_None : ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::Indent(0.8f * em); // room for the outlet chips left of each node
    for (int r : tree_roots_) draw_article_node(analysis, r, selected, next, 0);
    for (std::size_t b = 0; b < buckets_.size(); ++b) {
        const Root& root = buckets_[b];
        if (root.children.empty()) continue;
        ImGui::PushID(static_cast<int>(b) + 1000000);
        // A small corpus opens fully: every article is in sight at once.
        const ImGuiTreeNodeFlags open_small = n <= 50 ? ImGuiTreeNodeFlags_DefaultOpen : 0;
        const bool open = ImGui::TreeNodeEx("bucket", ImGuiTreeNodeFlags_SpanAvailWidth | open_small, "%s", root.label.c_str());
        char summary[512];
        std::snprintf(summary, sizeof summary, "%s \xC2\xB7 %s", count_of(root.children.size(), "article").c_str(),
                      root.note.c_str());
        if (narrow_tree_) {
            ImGui::Indent(ImGui::GetTreeNodeToLabelSpacing());
            ImGui::PushStyleColor(ImGuiCol_Text, theme_.muted_text());
            ImGui::TextWrapped("%s", summary);
            ImGui::PopStyleColor();
            ImGui::Unindent(ImGui::GetTreeNodeToLabelSpacing());
        } else {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", summary);
        }
        if (open) {
            draw_children(analysis, "b" + std::to_string(b), root.children, selected, next, 1);
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    ImGui::Unindent(0.8f * em);
    ImGui::EndChild();
}

// [SECTION] Sorting -------------------------------------------------------------------------

void SourcesView::sort_rows(const Analysis& analysis, const ImGuiTableSortSpecs& specs) {
    const auto& arts = analysis.corpus.articles;
    auto words = [&](int i) {
        return static_cast<std::size_t>(i) < analysis.articles.size() ? analysis.articles[i].word_count : 0;
    };
    auto reused = [&](int i) {
        return static_cast<std::size_t>(i) < analysis.articles.size() ? reused_share(analysis.articles[i]) : 0.0;
    };
    std::stable_sort(rows_.begin(), rows_.end(), [&](int x, int y) {
        for (int s = 0; s < specs.SpecsCount; ++s) {
            const ImGuiTableColumnSortSpecs& spec = specs.Specs[s];
            int c = 0;
            switch (static_cast<SortColumn>(spec.ColumnUserID)) {
            case SortOutlet: c = arts[x].outlet.compare(arts[y].outlet); break;
            case SortTitle: c = arts[x].title.compare(arts[y].title); break;
            case SortDate: c = arts[x].date.compare(arts[y].date); break;
            case SortByline: c = arts[x].byline.compare(arts[y].byline); break;
            case SortWords: c = words(x) < words(y) ? -1 : words(x) > words(y) ? 1 : 0; break;
            case SortReused: c = reused(x) < reused(y) ? -1 : reused(x) > reused(y) ? 1 : 0; break;
            case SortBase: c = reuse_share_[x] < reuse_share_[y] ? -1 : reuse_share_[x] > reuse_share_[y] ? 1 : 0; break;
            }
            if (c != 0) return spec.SortDirection == ImGuiSortDirection_Ascending ? c < 0 : c > 0;
        }
        return x < y;
    });
}

// [SECTION] Drawing -------------------------------------------------------------------------

void SourcesView::draw_provenance_bar(const Analysis& analysis, int article, float width, float height) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    if (static_cast<std::size_t>(article) >= analysis.articles.size()) return;
    const ArticleAnalysis& aa = analysis.articles[static_cast<std::size_t>(article)];
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = p.x;
    for (int k = 0; k < 5; ++k) {
        float w = static_cast<float>(aa.label_share[k]) * width;
        if (w <= 0) continue;
        dl->AddRectFilled(ImVec2(x, p.y), ImVec2(x + w, p.y + height),
                          theme_.provenance_color(static_cast<ProvenanceLabel>(k)));
        x += w;
    }
    dl->AddRect(p, ImVec2(p.x + width, p.y + height), theme_.grid_color());
    // Hover on a mouse, tap on a phone: the exact shares are one gesture away either way.
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) || ImGui::IsItemActive()) {
        ImGui::BeginTooltip();
        for (int k = 0; k < 5; ++k) {
            ImVec2 c = ImGui::GetCursorScreenPos();
            float s = ImGui::GetTextLineHeight() * 0.7f;
            ImGui::GetWindowDrawList()->AddRectFilled(
                ImVec2(c.x, c.y + s * 0.2f), ImVec2(c.x + s, c.y + s * 1.2f),
                theme_.provenance_color(static_cast<ProvenanceLabel>(k)));
            ImGui::Dummy(ImVec2(s, s));
            ImGui::SameLine();
            ImGui::Text("%-11s %5.1f%%", kLabelNames[k], aa.label_share[k] * 100);
        }
        ImGui::EndTooltip();
    }
}

void SourcesView::draw(const Analysis& analysis, const AppState& state, AppState& next) {
    const auto& articles = analysis.corpus.articles;
    const int selected = state.selected.empty() ? -1 : analysis.corpus.find(state.selected.front());
    // Keyboard: Up/Down move through the table's rows as sorted, Enter opens the article in
    // Reader (in either tab).
    int at = static_cast<int>(std::find(rows_.begin(), rows_.end(), selected) - rows_.begin());
    const ImGuiInputFlags route = ImGuiInputFlags_RouteGlobal | ImGuiInputFlags_Repeat;
    int move = 0;
    if (ImGui::Shortcut(ImGuiKey_DownArrow, route)) move = 1;
    if (ImGui::Shortcut(ImGuiKey_UpArrow, route)) move = -1;
    if (move != 0 && !rows_.empty()) {
        at = at >= static_cast<int>(rows_.size()) ? 0 : std::clamp(at + move, 0, static_cast<int>(rows_.size()) - 1);
        next.selected = {articles[static_cast<std::size_t>(rows_[at])].id};
        next.span_begin.reset();
        scroll_to_row_ = at;
    }
    if (selected >= 0 && ImGui::Shortcut(ImGuiKey_Enter, ImGuiInputFlags_RouteGlobal)) next.view = "reader";
    if (ImGui::BeginTabBar("sources_tabs")) {
        if (ImGui::BeginTabItem("Sources tree")) {
            draw_tree(analysis, selected, next);
            ImGui::EndTabItem();
        }
        const bool table_open = ImGui::BeginTabItem("Table");
        table_tab_ = {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectSize().x,
                      ImGui::GetItemRectSize().y};
        if (table_open) {
            draw_table(analysis, selected, next);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
}

void SourcesView::draw_table(const Analysis& analysis, int selected, AppState& next) {
    const auto& articles = analysis.corpus.articles;
    const float em = ImGui::GetFontSize();

    // Toolbar: the base article for the reuse column, the provenance legend.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Reuse against");
    ImGui::SameLine();
    // Room is kept for the "(?)" after it, which a phone's width would otherwise cut.
    ImGui::SetNextItemWidth(std::min(16 * em, ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize("(?)").x -
                                                  ImGui::GetStyle().ItemSpacing.x));
    if (ImGui::BeginCombo("##base", base_ >= 0 ? articles[base_].outlet.c_str() : "—")) {
        for (std::size_t i = 0; i < articles.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            std::string label = articles[i].outlet + " — " + articles[i].id;
            if (ImGui::Selectable(label.c_str(), static_cast<int>(i) == base_))
                compute_reuse_against(analysis, static_cast<int>(i));
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    // What the column means and why this base was picked, in words (it looked arbitrary).
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered() || (ImGui::IsItemClicked())) {
        ImGui::SetNextWindowSize(ImVec2(std::min(30 * em, ImGui::GetIO().DisplaySize.x - 2 * em), 0));
        if (ImGui::BeginTooltip()) {
            ImGui::TextWrapped("\"Shared with base\" is how much of each article's story text (furniture left out) "
                               "the chosen article also carries, verbatim or edited. Pick any article as the base: "
                               "a wire report, a press release. \"Read\" opens an article with only the text taken "
                               "from the base highlighted, and its verbatim, edited and paraphrased shares.");
            if (base_ >= 0)
                ImGui::TextWrapped("It starts on %s because %s.", articles[static_cast<std::size_t>(base_)].outlet.c_str(),
                                   descendants_[static_cast<std::size_t>(base_)] > 0
                                       ? "the most articles descend from it in the sources tree"
                                       : "no article has descendants in the sources tree, and it carries the most "
                                         "passages");
            ImGui::EndTooltip();
        }
    }
    for (int k = 0; k < 5; ++k) {
        const float need = ImGui::CalcTextSize(kLabelNames[k]).x + 1.6f * em;
        if (ImGui::GetContentRegionAvail().x > need) ImGui::SameLine();
        ImVec2 c = ImGui::GetCursorScreenPos();
        float s = em * 0.7f;
        ImGui::Dummy(ImVec2(s, ImGui::GetFrameHeight()));
        ImGui::GetWindowDrawList()->AddRectFilled(
            ImVec2(c.x, c.y + (ImGui::GetFrameHeight() - s) * 0.5f),
            ImVec2(c.x + s, c.y + (ImGui::GetFrameHeight() + s) * 0.5f),
            theme_.provenance_color(static_cast<ProvenanceLabel>(k)));
        ImGui::SameLine(0, em * 0.3f);
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", kLabelNames[k]);
    }


    read_buttons_.clear();
    // A phone gets three columns that fit its width (the article with its date, byline and words
    // under the title; what its text is; its share with the base) instead of seven columns
    // scrolled sideways, which hid Provenance and the base's share off screen (issue 13).
    narrow_table_ = ImGui::GetContentRegionAvail().x < 40.0f * em;
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_Resizable | ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti |
                            ImGuiTableFlags_SizingStretchProp;
    if (!narrow_table_) flags |= ImGuiTableFlags_ScrollX;
    // The same table at another width keeps its own column widths (another ImGui id).
    const char* table_id = narrow_table_ ? "sources_narrow" : "sources";
    if (!ImGui::BeginTable(table_id, narrow_table_ ? 3 : 7, flags, ImVec2(0, 0),
                           narrow_table_ ? 0.0f : std::max(ImGui::GetContentRegionAvail().x, 54.5f * em)))
        return;
    // Columns carry their SortColumn as user id, so sort_rows reads one meaning in both layouts.
    const ImGuiTableColumnFlags desc = ImGuiTableColumnFlags_PreferSortDescending;
    if (narrow_table_) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Article", ImGuiTableColumnFlags_WidthStretch, 1.0f, SortOutlet);
        ImGui::TableSetupColumn("Provenance", ImGuiTableColumnFlags_WidthFixed | desc, 5.0f * em, SortReused);
        ImGui::TableSetupColumn("Base", ImGuiTableColumnFlags_WidthFixed | desc, 4.5f * em, SortBase);
    } else {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn("Outlet", ImGuiTableColumnFlags_WidthStretch, 1.3f, SortOutlet);
        ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 2.6f, SortTitle);
        ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, 6.0f * em, SortDate);
        ImGui::TableSetupColumn("Byline", ImGuiTableColumnFlags_WidthStretch, 0.9f, SortByline);
        ImGui::TableSetupColumn("Words", ImGuiTableColumnFlags_WidthFixed | desc, 3.5f * em, SortWords);
        ImGui::TableSetupColumn("Provenance", ImGuiTableColumnFlags_WidthFixed | desc, 8.0f * em, SortReused);
        ImGui::TableSetupColumn("Shared with base", ImGuiTableColumnFlags_WidthFixed | desc, 9.0f * em, SortBase);
    }
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
        if (specs->SpecsDirty || resort_) {
            sort_rows(analysis, *specs);
            specs->SpecsDirty = false;
            resort_ = false;
        }
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()));
    if (scroll_to_row_ >= 0) clipper.IncludeItemByIndex(scroll_to_row_);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const int i = rows_[static_cast<std::size_t>(r)];
            const Article& a = articles[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(i);
            const bool is_selected = i == selected;
            if (r == scroll_to_row_) {
                ImGui::SetScrollHereY(0.5f);
                scroll_to_row_ = -1;
            }
            // A colour chip ties the outlet to its colour in every other view.
            ImVec2 p = ImGui::GetCursorScreenPos();
            float chip = ImGui::GetTextLineHeight() * 0.6f;
            ImGui::GetWindowDrawList()->AddRectFilled(
                ImVec2(p.x, p.y + chip * 0.35f), ImVec2(p.x + chip, p.y + chip * 1.35f),
                theme_.outlet_color(i), chip * 0.2f);
            ImGui::SetCursorScreenPos(ImVec2(p.x + chip * 1.6f, p.y));
            if (ImGui::Selectable(a.outlet.c_str(), is_selected, ImGuiSelectableFlags_SpanAllColumns |
                                                                     ImGuiSelectableFlags_AllowOverlap)) {
                next.selected = {a.id};
                next.view = "reader";
                next.span_begin.reset();
            }
            const std::size_t words = static_cast<std::size_t>(i) < analysis.articles.size()
                                          ? analysis.articles[static_cast<std::size_t>(i)].word_count
                                          : 0;
            if (!narrow_table_) ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", a.title.empty() ? "(untitled)" : a.title.c_str());
            if (user_.contains(a.id)) ImGui::TextDisabled("[%s]", user_article_mark());
            // Outlet metadata as a details line under the title, where the corpus gives it: a
            // column each would stand empty for most corpora and push Provenance off a phone.
            const std::string metadata = outlet_metadata_line(a);
            const std::string note = notes_.get(note_key_for_article(analysis, i));
            if (narrow_table_ || !metadata.empty() || !note.empty()) {
                ImGui::PushStyleColor(ImGuiCol_Text, theme_.muted_text());
                if (narrow_table_) {
                    const std::string facts = a.date + (a.byline.empty() ? "" : " \u00b7 " + a.byline) +
                                              " \u00b7 " + count_of(words, "word");
                    ImGui::TextWrapped("%s", facts.c_str());
                }
                if (!metadata.empty()) ImGui::TextWrapped("%s", metadata.c_str());
                if (!note.empty()) ImGui::TextWrapped("Note: %s", note.c_str()); // the user's, beside the row
                ImGui::PopStyleColor();
            }
            if (!metadata.empty()) shown_metadata_[a.id] = metadata;
            if (!narrow_table_) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(a.date.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(a.byline.empty() ? "—" : a.byline.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(grouped(words).c_str());
            }
            ImGui::TableNextColumn();
            draw_provenance_bar(analysis, i, ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight());
            ImGui::TableNextColumn();
            if (i == base_) {
                ImGui::TextDisabled("base");
            } else {
                ImGui::Text(narrow_table_ ? "%.0f%%" : "%5.1f%%", reuse_share_[static_cast<std::size_t>(i)] * 100);
                // Churnalism's side of it: the article read against the base, only the text taken
                // from it highlighted, with the verbatim / edited / paraphrased shares in words.
                if (base_ >= 0 && reuse_share_[static_cast<std::size_t>(i)] > 0) {
                    if (!narrow_table_) ImGui::SameLine(); // on a phone the button goes under the share
                    if (ImGui::SmallButton("Read")) {
                        next.view = "reader";
                        next.selected = {a.id};
                        next.from = articles[static_cast<std::size_t>(base_)].id;
                        next.span_begin.reset();
                    }
                    ImGui::SetItemTooltip("Read this article with only the text taken from the base highlighted");
                    read_buttons_[a.id] = {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y,
                                           ImGui::GetItemRectSize().x, ImGui::GetItemRectSize().y};
                }
            }
            ImGui::PopID();
        }
    }
    // What a phone user would have to scroll sideways for (the hook; 0 when everything fits).
    table_scroll_max_x_ = ImGui::GetScrollMaxX();
    ImGui::EndTable();
}

// [SECTION] Hook and export ------------------------------------------------------------------

void SourcesView::report(nlohmann::json& out) const {
    out["sources_rows"] = rows_.size();
    nlohmann::json order = nlohmann::json::array();
    if (cached_for_) {
        for (int i : rows_) order.push_back(cached_for_->corpus.articles[static_cast<std::size_t>(i)].id);
        if (base_ >= 0) out["sources_base"] = cached_for_->corpus.articles[static_cast<std::size_t>(base_)].id;
        nlohmann::json reuse = nlohmann::json::object();
        for (std::size_t i = 0; i < reuse_share_.size(); ++i)
            reuse[cached_for_->corpus.articles[i].id] = std::round(reuse_share_[i] * 1000) / 1000;
        out["sources_reuse"] = reuse;
        // The tree as counts: what a reader sees at the top level.
        nlohmann::json tree = nlohmann::json::object();
        tree["edges"] = edges_;
        nlohmann::json roots = nlohmann::json::array();
        for (int r : tree_roots_)
            roots.push_back({{"article", cached_for_->corpus.articles[static_cast<std::size_t>(r)].id},
                             {"descendants", descendants_[static_cast<std::size_t>(r)]}});
        tree["roots"] = roots;
        nlohmann::json buckets = nlohmann::json::array();
        for (const Root& b : buckets_)
            buckets.push_back({{"label", b.label}, {"articles", b.children.size()}, {"descendants", b.descendants}});
        tree["buckets"] = buckets;
        tree["group_by"] = group_by_passage_ ? "passage" : "outlet";
        tree["summary"] = tree_summary(cached_for_->corpus.articles.size()); // the legend as it reads
        out["sources_tree"] = tree;
    }
    out["sources_order"] = order;
    out["sources_metadata"] = shown_metadata_;
    out["sources_table_tab"] = table_tab_;
    out["sources_read_buttons"] = read_buttons_; // article id -> its "Read" (against the base) button
    out["sources_table_layout"] = narrow_table_ ? "narrow" : "columns";
    out["sources_tree_layout"] = narrow_tree_ ? "narrow" : "rows";
    out["sources_group_rows"] = group_rows_; // the tree's group rows drawn in the last frame
    out["sources_tooltip"] = tooltip_;       // a cut row's whole line, while it is hovered
    out["sources_table_scroll_max_x"] = table_scroll_max_x_;
}

std::string SourcesView::table_csv(const Analysis& analysis) const {
    if (cached_for_ != &analysis) return provenance_csv(analysis);
    // The table as shown: its order, and the "Shared with base" column against the chosen base.
    BaseShares base{base_, reuse_share_};
    return provenance_csv(analysis, &rows_, base_ >= 0 ? &base : nullptr,
                          notes_.notes().empty() ? nullptr : &notes_.notes());
}

} // namespace wiretrace
