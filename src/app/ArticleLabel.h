// ArticleLabel.h — how a view names one article in a list row. At 1,000 pickups an outlet runs
// the story 20 or 30 times (updates, editions), so the outlet alone does not say which article a
// row is: the list rows add the date and the title.
#pragma once

#include <string>

namespace wiretrace {

// "2024-12-06T13:00:00Z" → "12-06 13:00": the year is the same for a whole story; a date alone,
// "2024-12-06" → "12-06", so the rows' dates line up and compare. Any other form is kept as
// written (never guessed at).
inline std::string short_date(const std::string& date) {
    const bool iso_day = date.size() >= 10 && date[4] == '-' && date[7] == '-';
    if (iso_day && date.size() >= 16 && date[10] == 'T') return date.substr(5, 5) + " " + date.substr(11, 5);
    if (iso_day && date.size() == 10) return date.substr(5, 5);
    return date;
}

} // namespace wiretrace
